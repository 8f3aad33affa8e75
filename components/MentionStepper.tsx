'use client';

import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { ChevronIcon } from './icons/ChevronIcon';

type Props = {
  /** "Fuad Hussein: mention 1 of 2". */
  status: string;
  labels: { previous: string; next: string; close: string };
  onStep(step: 1 | -1): void;
  /**
   * Tab past the bar's last button, or Shift+Tab before its first: the bar comes after the whole article in
   * the page, so focus goes back to the index entry instead, and the bar stays.
   */
  onTabOut(): void;
  /** Ends stepping; focus goes back to the index entry. */
  onClose(): void;
};

/**
 * Steps on through an entity's mentions from where the last one is, so a reader need not scroll back to the
 * entity index for each. Fixed under the header, clear of the mention centred below it (or at the screen's
 * foot, where the mention cannot be scrolled clear of it). It takes focus when it
 * opens, since the index entry that opened it has scrolled away, and Esc closes it as its × does.
 */
export function MentionStepper({ status, labels, onStep, onTabOut, onClose }: Props) {
  const next = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLElement>(null);
  useEffect(() => next.current?.focus({ preventScroll: true }), []);
  useLayoutEffect(() => {
    // A mention near the page's top (the headline's, with one language shown) cannot be scrolled down to the
    // middle of the screen, and the bar under the header would cover it: the bar goes to the screen's foot.
    const section = bar.current!;
    section.removeAttribute('data-at-foot');
    const barBottom = section.getBoundingClientRect().bottom;
    const covered = Array.from(document.querySelectorAll('.flash')).some((part) => part.getBoundingClientRect().top < barBottom);
    section.toggleAttribute('data-at-foot', covered);
  }, [status]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') return onClose();
    const buttons = event.currentTarget.querySelectorAll('button');
    const edge = event.shiftKey ? buttons[0] : buttons[buttons.length - 1];
    if (event.key !== 'Tab' || event.target !== edge) return;
    event.preventDefault();
    onTabOut();
  }

  return (
    // A named section: a landmark, so that it is found where it shows rather than after the whole article.
    <section ref={bar} aria-label={status} className="mention-stepper" onKeyDown={onKeyDown}>
      <span aria-hidden="true">{status}</span>
      <button type="button" className="chip" aria-label={labels.previous} onClick={() => onStep(-1)}>
        <ChevronIcon towards="start" />
      </button>
      <button ref={next} type="button" className="chip" aria-label={labels.next} onClick={() => onStep(1)}>
        <ChevronIcon towards="end" />
      </button>
      <button type="button" className="chip" aria-label={labels.close} onClick={onClose}>
        ×
      </button>
    </section>
  );
}
