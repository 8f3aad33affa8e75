'use client';

import { useCallback, useEffect, useState, type ComponentProps } from 'react';
import { takeEarlyWord } from '@/lib/early-word';
import { listen } from '@/lib/listen';
import { WORD_FRAGMENT } from '@/lib/urls';
import { isPinKey, wordOf } from '@/lib/word-elements';
import { CardUnavailable } from './CardUnavailable';
import { useReader } from './ReaderContext';
import type { Open, WordCard } from './WordCard';

/**
 * Keeps the word card's code (and floating-ui) out of the page's first load: it is fetched when the
 * browser is idle, or at the first hover, focus or tap on the text, whichever comes first.
 */
export function WordCardLoader(props: Omit<ComponentProps<typeof WordCard>, 'initial' | 'onReady'>) {
  const { rootRef } = useReader();
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState(false);
  // What the reader did before the card's code arrived, so the first hover, focus, click or Enter is not lost.
  // A focus is noted as such: the card's hint then says Enter, which acts on the focused word, not a click.
  const [initial, setInitial] = useState<Open | null>(null);
  const [Card, setCard] = useState<typeof WordCard | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => import('./WordCard').then((m) => setCard(() => m.WordCard)), []);

  useEffect(() => {
    if (wanted) load().catch(() => setFailed(true));
  }, [wanted, load]);

  useEffect(() => {
    const root = rootRef.current;
    // Listens until the card's own listeners are in place.
    if (!root || ready) return;
    const want = () => setWanted(true);
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(want);
    const note = (word: HTMLElement | null, pinned: boolean, byKeyboard: boolean) => {
      // The same state back for the word already previewed, so a mouse moving over it re-renders nothing. A pin
      // is new each time: where the card's code failed to load, a second click on the word asks for it again.
      if (word)
        setInitial((previous) =>
          (previous?.pinned && !pinned) || (!pinned && previous?.id === word.id && !previous.pinned && previous.byKeyboard === byKeyboard)
            ? previous
            : { id: word.id, pinned, byKeyboard },
        );
      want();
    };
    // A #w… link must open its card, so it does not wait for idle time; nor does one followed in this tab.
    const wantAddressedWord = () => WORD_FRAGMENT.test(window.location.hash) && want();
    wantAddressedWord();
    // Nor does a word clicked while the page's scripts were on their way: its card opens now, pinned. Or one
    // reached by Tab then, which still has focus: its preview opens, as focus opens it once they are here.
    const clicked = takeEarlyWord();
    const word = clicked === undefined ? null : wordOf(document.getElementById(clicked));
    const focused = wordOf(document.activeElement);
    if (word) note(word, true, false);
    else if (focused) note(focused, false, true);
    const early = (pinned: boolean, byKeyboard = false) => (event: Event) => note(wordOf(event.target), pinned, byKeyboard);
    const pin = early(true);
    function onClick(event: MouseEvent) {
      if (document.getSelection()?.isCollapsed === false) {
        // A double or triple click selects: the card its first click noted would open over the selection.
        if (event.detail > 1) setInitial(null);
        return;
      }
      pin(event);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (!isPinKey(event) || !wordOf(event.target)) return;
      event.preventDefault();
      pin(event);
    }
    const stopListening = listen(root, { pointermove: early(false), focusin: early(false, true), click: onClick, keydown: onKeyDown, touchstart: want });
    const stopWatching = listen(window, { hashchange: wantAddressedWord });
    return () => (stopListening(), stopWatching());
  }, [rootRef, ready]);

  if (Card) return <Card {...props} initial={initial} onReady={() => setReady(true)} />;
  return failed ? <CardUnavailable initial={initial} strings={props.strings} retry={load} /> : null;
}
