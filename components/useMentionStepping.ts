'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewMode } from '@/lib/reader-settings';
import { fill } from '@/lib/template';
import type { ReaderContextValue } from './ReaderContext';

/** The entity index's entry being stepped through, and what the bar says of where the step went. */
type Stepping = { button: HTMLButtonElement; status: string };

/**
 * Focus back on the index entry stepping started from, or, where the reader has folded the index since, on
 * its summary: an entry in a closed panel takes no focus, which dropped to the page.
 */
function focusIndexEntry(entry: HTMLButtonElement) {
  const panel = entry.closest('details');
  (panel && !panel.open ? panel.querySelector('summary') : entry)?.focus();
}

function unmark(mention: HTMLElement[]) {
  for (const part of mention) part.classList.remove('flash');
}

type Options = Pick<ReaderContextValue, 'rootRef' | 'announce'> & {
  /** The view shown: under "English only" the steps go through the English mentions. */
  view: ViewMode;
  /** The bar's text: "{name}: mention {i} of {count}". */
  stepStatus: string;
};

/**
 * Stepping through an entity's mentions from its index entry (a button with the mentions' word ids), for the
 * bar that steps on from where the mention is.
 */
export function useMentionStepping({ rootRef, view, announce, stepStatus }: Options) {
  const [stepping, setStepping] = useState<Stepping | null>(null);
  const lastMention = useRef(new WeakMap<HTMLButtonElement, HTMLElement>());
  const flashed = useRef<HTMLElement[]>([]);
  const viewRef = useRef(view);
  viewRef.current = view;

  const stepThroughMentions = useCallback(
    (button: HTMLButtonElement, step: 1 | -1 = 1) => {
      // The Arabic's mentions, each beside its translation, unless the view shows only the English.
      const anchors = viewRef.current === 'en' ? button.dataset.enAnchors : button.dataset.anchors;
      // An Arabic mention is its words, and an English one every run of text that carries its id.
      const mentions = (anchors ?? '')
        .split(' ')
        .map((mention) =>
          mention.split(',').flatMap((id) => {
            const word = document.getElementById(id);
            return word ? [word] : Array.from(rootRef.current?.querySelectorAll<HTMLElement>(`[data-mention~="${id}"]`) ?? []);
          }),
        )
        .filter((parts) => parts.length > 0);
      if (!mentions.length) return;
      const last = lastMention.current.get(button);
      const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      const found = !last ? 0 : step === 1 ? mentions.findIndex(([m]) => follows(last, m!)) : mentions.findLastIndex(([m]) => follows(m!, last));
      const next = found >= 0 ? found : step === 1 ? 0 : mentions.length - 1;
      const target = mentions[next]!;
      const start = target[0]!;
      lastMention.current.set(button, start);
      // The bar's room under the header is a word's scroll margin: set before the first step's scroll, as it is
      // before every later one, or stepping again to the same mention moved the page by half the bar. (The
      // provider renders the same attribute from `stepping` from then on.)
      rootRef.current?.setAttribute('data-stepping', 'true');
      start.scrollIntoView({ block: 'center' });
      // Only the mention stepped to is marked, until the next step or the bar closes; restarting the class replays its glow.
      unmark(flashed.current);
      void start.offsetWidth;
      for (const part of target) part.classList.add('flash');
      flashed.current = target;
      const status = fill(stepStatus, { name: button.dataset.name ?? '', i: next + 1, count: mentions.length });
      // The bar shows where the step went; a toast saying it again covered a line at the foot of a phone.
      announce(status, { quiet: true });
      setStepping({ button, status });
    },
    [rootRef, announce, stepStatus],
  );

  useEffect(() => {
    // A view that hides the mention stepped to (English only, or back from it) would leave the bar counting,
    // and the outline on, what no longer shows: the step moves to the shown language's mention, from the
    // same paragraph on.
    const mention = flashed.current[0];
    if (!stepping || !mention || mention.checkVisibility()) return;
    const row = mention.closest<HTMLElement>('[data-paragraph], #headline');
    if (row) lastMention.current.set(stepping.button, row);
    else lastMention.current.delete(stepping.button);
    stepThroughMentions(stepping.button);
  }, [view, stepping, stepThroughMentions]);

  /** Leaves the bar open and gives focus back to the index entry (Tab out of the bar). */
  const backToIndex = useCallback(() => {
    if (stepping) focusIndexEntry(stepping.button);
  }, [stepping]);

  /** Closes the bar, unmarks the mention and gives focus back to the index entry. */
  const endStepping = useCallback(() => {
    if (!stepping) return;
    setStepping(null);
    unmark(flashed.current);
    focusIndexEntry(stepping.button);
  }, [stepping]);

  return { stepping, stepThroughMentions, backToIndex, endStepping };
}
