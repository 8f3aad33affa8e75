'use client';

import type { MouseEvent } from 'react';

type LanguageLink = { locale: string; href: string; name: string; dir: 'ltr' | 'rtl'; current: boolean };

/** The paragraph the reader is looking at: the first one still showing below the sticky header. */
function visibleParagraphAnchor(): string | null {
  const headerBottom = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-paragraph]'));
  return rows.find((row) => row.getBoundingClientRect().bottom > headerBottom + 24)?.id ?? null;
}

/**
 * Plain links, so switching works without JavaScript; with it, the link carries the
 * paragraph in view (or the current #fragment) so the reader lands where they were.
 */
export function LanguageSwitcherLinks({ label, links }: { label: string; links: LanguageLink[] }) {
  function keepPlace(event: MouseEvent<HTMLAnchorElement>) {
    const anchor = (window.scrollY > 0 ? visibleParagraphAnchor() : null) ?? window.location.hash.slice(1);
    if (anchor) event.currentTarget.hash = anchor;
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
