'use client';

import { useEffect, useRef, useState } from 'react';
import { listen } from '@/lib/listen';
import { formatParagraphRange, type ParagraphRange } from '@/lib/paragraph-range';
import { paragraphRows } from '@/lib/reading-place';
import { fill } from '@/lib/template';
import { onThisSite } from '@/lib/urls';
import { LinkIcon } from './icons/LinkIcon';
import { useReader } from './ReaderContext';

type Props = {
  /** The article's path; the link is its paragraph or range page. */
  articleHref: string;
  /** "Copy link to paragraph {n}", "Copy link to paragraphs {from}–{to}", and the bar's name. */
  labels: { one: string; range: string; region: string };
};

/** The paragraphs that the selected text touches, or null when nothing in them is selected. */
export function selectedParagraphs(selection: Selection | null): ParagraphRange | null {
  if (!selection || selection.isCollapsed || !selection.rangeCount || !selection.toString().trim()) return null;
  const range = selection.getRangeAt(0);
  const touched = paragraphRows()
    .filter((row) => range.intersectsNode(row))
    .map((row) => Number(row.dataset.paragraph));
  return touched.length ? { from: Math.min(...touched), to: Math.max(...touched) } : null;
}

/**
 * Offers a link to the paragraphs a reader has selected text in, as a bar at the foot of the screen: the
 * way to share a range of paragraphs without typing its address. One listener for the whole page.
 */
export function SelectionLink({ articleHref, labels }: Props) {
  const { copyLink } = useReader();
  const [selected, setSelected] = useState<ParagraphRange | null>(null);
  // A tap on the button may clear the selection before its click arrives; the bar must stay for it.
  const pressing = useRef(false);

  useEffect(
    () =>
      listen(document, {
        selectionchange: () => {
          if (!pressing.current) setSelected(selectedParagraphs(document.getSelection()));
        },
        // After the click, which follows the release in the same task; or a press that slid off the button.
        pointerup: () => setTimeout(() => (pressing.current = false)),
      }),
    [],
  );

  if (!selected) return null;
  const label = selected.from === selected.to ? fill(labels.one, { n: selected.from }) : fill(labels.range, selected);
  return (
    // A named section, a landmark, so that it can be found where it shows: it comes after the whole article.
    <section aria-label={labels.region} className="selection-link">
      <button
        type="button"
        className="chip"
        onPointerDown={() => (pressing.current = true)}
        // A mouse press would clear the selection the link is for: the reader keeps seeing what they chose.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          setSelected(null);
          void copyLink(onThisSite(`${articleHref}/${formatParagraphRange(selected)}`));
        }}
      >
        <LinkIcon />
        {label}
      </button>
    </section>
  );
}
