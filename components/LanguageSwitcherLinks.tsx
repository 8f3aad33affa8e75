'use client';

import { useRef, type MouseEvent, type SyntheticEvent } from 'react';
import { linkedPlace } from '@/lib/reading-place';

type LanguageLink = { locale: string; href: string; name: string; dir: 'ltr' | 'rtl'; current: boolean };

/**
 * Plain links, so switching works without JavaScript; with it, the link carries the word whose card
 * shows (pinned, or a preview), else the paragraph in view, unlit (or the current #fragment), so the reader lands where they were,
 * and the address's query: the vocabulary's order and filters, a search, or a link's settings still in force. The address
 * is written as the pointer or focus comes to the link, so a new tab, a middle click or "Copy link address"
 * carries them too, and again at the click, for a reader who scrolled since.
 */
export function LanguageSwitcherLinks({ label, links }: { label: string; links: LanguageLink[] }) {
  /**
   * The link being pressed. Its press carried the pinned card's word, then closed the card (a press outside
   * it); the focus the press gives the link after that must not carry the paragraph in its place.
   */
  const pressed = useRef<EventTarget | null>(null);

  function carriesPlace(href: string) {
    const carry = ({ currentTarget: anchor }: SyntheticEvent<HTMLAnchorElement>) => {
      const place = linkedPlace();
      anchor.href = href;
      if (place) anchor.hash = place;
      anchor.search = window.location.search;
    };
    return {
      onPointerEnter: (event: SyntheticEvent<HTMLAnchorElement>) => {
        pressed.current = null;
        carry(event);
      },
      onFocus: (event: SyntheticEvent<HTMLAnchorElement>) => pressed.current !== event.currentTarget && carry(event),
      // A press may give no focus (Safari's links take none; a touch that turns into a scroll is cancelled).
      onBlur: () => (pressed.current = null),
      onPointerCancel: () => (pressed.current = null),
      // In the capture phase: a press outside a pinned card closes it before the click arrives.
      onPointerDownCapture: (event: SyntheticEvent<HTMLAnchorElement>) => {
        pressed.current = event.currentTarget;
        carry(event);
      },
      // A click from the keyboard (detail 0) has had no press; a reader may have scrolled since focus.
      onClick: (event: MouseEvent<HTMLAnchorElement>) => {
        if (event.detail === 0) carry(event);
        pressed.current = null;
      },
    };
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
              {...(!link.current && carriesPlace(link.href))}
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
