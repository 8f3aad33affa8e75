'use client';

import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { listen } from '@/lib/listen';
import type { ParagraphRange } from '@/lib/paragraph-range';
import { selectedParagraphs } from '@/lib/selected-paragraphs';
import { fill } from '@/lib/template';
import { paragraphId } from '@/lib/urls';
import { useReader } from './ReaderContext';

type Props = {
  /** "Copy link to paragraph {n}", "Copy link to paragraphs {from}–{to}", and the bar's name. */
  labels: { one: string; range: string; region: string };
};

/**
 * Offers a link to the paragraphs a reader has selected text in, as a bar at the foot of the screen: the
 * way to share a range of paragraphs without typing its address. One listener for the whole page.
 */
export function SelectionLink({ labels }: Props) {
  const { copyParagraphsLink } = useReader();
  const [selected, setSelected] = useState<ParagraphRange | null>(null);
  // While a mouse button is held the reader is still selecting: the bar waits for the release, so that the
  // drag cannot run over it (its text would join the selection).
  const [selecting, setSelecting] = useState(false);
  // A tap on the button may clear the selection before its click arrives; the bar must stay for it.
  const pressing = useRef(false);
  const bar = useRef<HTMLElement>(null);

  useEffect(() => {
    // After the click, which follows the release in the same task; or a press that slid off, or a swipe.
    const released = () => {
      setSelecting(false);
      setTimeout(() => (pressing.current = false));
    };
    return listen(document, {
      selectionchange: () => {
        if (!pressing.current) setSelected(selectedParagraphs(document.getSelection()));
      },
      pointerdown: (event: PointerEvent) => {
        if (bar.current?.contains(event.target as Node)) pressing.current = true;
        else if (event.pointerType !== 'touch' && event.button === 0) setSelecting(true);
      },
      pointerup: released,
      pointercancel: released,
    });
  }, []);

  if (!selected || selecting) return null;
  const label = selected.from === selected.to ? fill(labels.one, { n: selected.from }) : fill(labels.range, selected);

  function copy(event: MouseEvent) {
    const range = selected!;
    setSelected(null);
    void copyParagraphsLink(range);
    // From the keyboard (a click with no pointer), focus goes to the start of what was linked, not the page.
    if (event.detail === 0) document.getElementById(paragraphId(range.from))?.querySelector<HTMLElement>('.paragraph-number')?.focus();
  }

  return (
    // A named section, a landmark, so that it can be found where it shows: it comes after the whole article.
    <section ref={bar} aria-label={labels.region} className="selection-link">
      <button
        type="button"
        className="chip icon-link"
        // A mouse press would clear the selection the link is for: the reader keeps seeing what they chose.
        onMouseDown={(event) => event.preventDefault()}
        onClick={copy}
      >
        {label}
      </button>
    </section>
  );
}
