'use client';

import { useRef, type MouseEvent } from 'react';
import { linkedPlace } from '@/lib/reading-place';

type LanguageLink = { locale: string; href: string; name: string; dir: 'ltr' | 'rtl'; current: boolean };

/**
 * Plain links, so switching works without JavaScript; with it, the link carries the word whose card
 * is pinned, else the paragraph in view, unlit (or the current #fragment), so the reader lands where they were,
 * and the address's query: the vocabulary's order and filters, or a link's settings still in force.
 */
export function LanguageSwitcherLinks({ label, links }: { label: string; links: LanguageLink[] }) {
  // Read as the pointer goes down, in the capture phase: a press outside a pinned card closes it
  // before the click arrives.
  const place = useRef<string | null>(null);

  function keepPlace(event: MouseEvent<HTMLAnchorElement>) {
    const anchor = place.current ?? linkedPlace();
    place.current = null;
    if (anchor) event.currentTarget.hash = anchor;
    event.currentTarget.search = window.location.search;
  }

  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {links.map((link) => (
          <li key={link.locale}>
            <a
              href={link.href}
              hrefLang={link.locale}
              lang={link.locale}
              dir={link.dir}
              aria-current={link.current ? 'page' : undefined}
              onPointerDownCapture={link.current ? undefined : () => (place.current = linkedPlace())}
              onClick={link.current ? undefined : keepPlace}
              className="block rounded-md px-3 py-1.5 no-underline hover:bg-wash aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
