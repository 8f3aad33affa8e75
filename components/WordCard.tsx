'use client';

import {
  autoUpdate,
  detectOverflow,
  flip,
  offset,
  shift,
  size,
  useFloating,
  type Middleware,
  type MiddlewareState,
  type SideObject,
} from '@floating-ui/react-dom';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { GlossaryData } from '@/lib/glossary';
import { listen, listenToWidth } from '@/lib/listen';
import { loadJson } from '@/lib/load-json';
import { setStatus, statusOf, toggleSaved } from '@/lib/study';
import { headerBottom, noticeHeight, onScreen } from '@/lib/reading-place';
import { focusRowBeingRead } from '@/lib/focus';
import { onPage, type ParagraphRange } from '@/lib/paragraph-range';
import { onThisSite, paragraphOfWord, WORD_FRAGMENT, wordUrl } from '@/lib/urls';
import { collapseOpener, focusWord, isPinKey, markOpener, wordOf } from '@/lib/word-elements';
import { CardCloseButton } from './CardCloseButton';
import { useReader } from './ReaderContext';
import { useStudy } from './useStudy';
import { PREVIEW_PARTS, WordCardContent, type WordCardStrings } from './WordCardContent';

type Props = {
  slug: string;
  glossaryUrl: string;
  /** The article's path, to which `/{n}#w{n}-{k}` is added for a word link. */
  articleHref: string;
  /** The paragraphs on this page: a word elsewhere in a long article is linked on its own page. */
  shown: ParagraphRange;
  /** The article's vocabulary page, where the card links a root to its family. */
  vocabularyUrl: string;
  uiLocale: string;
  uiDir: 'ltr' | 'rtl';
  strings: WordCardStrings;
  posNames: Record<string, string>;
  entityTypeNames: Record<string, string>;
  /** A word the reader reached before this island loaded. */
  initial?: Open | null;
  /** Called once this island listens for itself. */
  onReady?: () => void;
};

/** `byKeyboard`: opened by focus, not by the mouse. */
export type Open = { id: string; pinned: boolean; byKeyboard?: boolean };

/**
 * The room a card may take: the viewport less a margin, less the sticky header, which would hide its top,
 * and less a link's settings notice at the foot, which would hide its buttons. Measured once per placement,
 * as middleware data that the three below read.
 */
const cardRoom: Middleware = {
  name: 'cardRoom',
  fn: () => {
    return { data: { top: Math.max(0, headerBottom()) + 8, right: 8, bottom: noticeHeight() + 8, left: 8 } satisfies SideObject };
  },
};
const roomOf = (state: MiddlewareState): SideObject => state.middlewareData.cardRoom;

/**
 * Where neither side of the word has room for the card (a page zoomed to 400%, a phone on its side), a
 * pinned card covers the word rather than hide its top, its headword and its Close button, under the header
 * or past the screen's foot. It goes no lower than the word's top, so a card whose word scrolls under the
 * header still goes up with it. A preview never covers its word: the click that pins it must land there.
 */
const keepInRoom: Middleware = {
  name: 'keepInRoom',
  async fn(state) {
    if (!state.elements.floating.hasAttribute('data-pinned')) return {};
    const overflow = await detectOverflow(state, { padding: roomOf(state) });
    const wordTop = state.rects.reference.y;
    if (overflow.top > 0 && state.y < wordTop) return { y: Math.min(state.y + overflow.top, wordTop) };
    if (overflow.bottom > 0) return { y: Math.max(state.y - overflow.bottom, state.y + overflow.top, Math.min(state.y, wordTop)) };
    return {};
  },
};

/** Whether the card is drawn over its word (keepInRoom's doing, on a screen with no room beside it). */
function covers(card: Element, word: Element): boolean {
  const [a, b] = [card.getBoundingClientRect(), word.getBoundingClientRect()];
  return a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
}

/**
 * Above the word; below it when there is no room. Shifting is only sideways, so the card covers the word
 * only where the screen has no room for it beside it. A card taller than the room on its side scrolls
 * inside instead of running off screen.
 */
const cardPlacement = [
  cardRoom,
  offset(8),
  flip((state) => ({ fallbackPlacements: ['bottom' as const], crossAxis: false, padding: roomOf(state) })),
  shift((state) => ({ crossAxis: false, padding: roomOf(state) })),
  size((state) => ({
    padding: roomOf(state),
    // A pinned card at least 160px, where the screen has that much under the header: keepInRoom then lets it
    // cover its word. A preview, which never does, keeps to the room beside the word, its foot cut, but shows
    // its headword's line (56px) at least: less, it was a sliver that looked like nothing had opened.
    apply: ({ availableHeight, ...state }) => {
      const room = roomOf(state);
      const screenRoom = window.innerHeight - room.top - room.bottom;
      const least = Math.min(state.elements.floating.hasAttribute('data-pinned') ? 160 : 56, screenRoom);
      state.elements.floating.style.setProperty('--card-room', `${Math.floor(Math.max(least, availableHeight))}px`);
    },
  })),
  keepInRoom,
];

/**
 * The one glossary card of the page. Every word is plain server-rendered markup; this island
 * listens on the reader once and places the card over whichever word is hovered, focused or
 * tapped. Hover and focus show it as a tooltip; a click, a tap or Enter pins it as a dialog.
 */
export function WordCard({ slug, glossaryUrl, articleHref, shown, vocabularyUrl, uiLocale, uiDir, strings, posNames, entityTypeNames, initial, onReady }: Props) {
  const { rootRef, copyLink, changeStudy, withdraw, settings } = useReader();
  const [open, setOpen] = useState<Open | null>(null);
  const [data, setData] = useState<GlossaryData | null>(null);
  const [failed, setFailed] = useState(false);
  const { state: study, loaded: studyLoaded, unloaded: studyUnreadable } = useStudy();
  /** What is open, updated as soon as it changes: events in the same tick must see it before React renders. */
  const openRef = useRef<Open | null>(null);
  const cardRef = useRef<HTMLDivElement | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** Set while focus returns to a word after its card closed, so that focus does not reopen it. */
  const refocusing = useRef(false);
  /** The word whose card was just dismissed: hovering it does not reopen the card until the pointer leaves. */
  const dismissed = useRef<string | null>(null);
  /** Opens the card of the word the address names. */
  const openAddressed = useRef<() => void>(undefined);

  const { refs, floatingStyles, placement, update } = useFloating({
    open: open !== null,
    placement: 'top',
    middleware: cardPlacement,
    whileElementsMounted: autoUpdate,
  });

  const show = useCallback(
    (word: HTMLElement, pinned: boolean, byKeyboard = false) => {
      clearTimeout(closeTimer.current);
      const previous = openRef.current;
      // Hover and focus never replace or unpin a pinned card (the browser also focuses a #w… target on its own).
      if (previous?.pinned && !pinned) return;
      const previousWord = document.getElementById(previous?.id ?? '');
      previousWord?.removeAttribute('aria-describedby');
      if (previous?.pinned && previousWord) collapseOpener(previousWord);
      refs.setReference(word);
      if (pinned) markOpener(word, true);
      // A preview describes its word in brief: the name it is part of, its reading and sense, and how to open the rest
      // (WordCardContent's ids). The whole card, some 300 characters in two languages, was said at each word.
      if (!pinned) word.setAttribute('aria-describedby', PREVIEW_PARTS);
      openRef.current = { id: word.id, pinned, byKeyboard };
      setOpen(openRef.current);
      dismissed.current = null;
      // Asked again after a failure: the card says it is loading, not that it failed, until this answer.
      setFailed(false);
      loadJson<GlossaryData>(glossaryUrl).then(setData, () => setFailed(true));
    },
    [glossaryUrl, refs],
  );

  const close = useCallback((returnFocus: boolean) => {
    const current = openRef.current;
    if (!current) return;
    const word = document.getElementById(current.id);
    word?.removeAttribute('aria-describedby');
    if (current.pinned && word) collapseOpener(word);
    // A card closed under the mouse stays closed until it leaves its word; one closed elsewhere (a click
    // away, Tab on) opens again on the word's next hover.
    dismissed.current = word?.matches(':hover') ? current.id : null;
    openRef.current = null;
    setOpen(null);
    if (returnFocus && word) {
      refocusing.current = true;
      focusWord(word);
      refocusing.current = false;
    }
  }, []);

  const pinned = !!open?.pinned;
  useEffect(() => {
    // The selection's link waits while a pinned card, which may reach the foot of the screen, is open.
    rootRef.current?.toggleAttribute('data-card-pinned', pinned);
  }, [rootRef, pinned]);

  useEffect(() => {
    // A view without the Arabic hides the card's word; the card, anchored to nothing, goes with it.
    const word = openRef.current && document.getElementById(openRef.current.id);
    if (word && !word.getClientRects().length) close(false);
  }, [settings.view, close]);

  useEffect(() => {
    // This island mounts when the browser is idle or at the first touch of the text (WordCardLoader),
    // so the glossary is fetched now: the first card opens at once.
    loadJson<GlossaryData>(glossaryUrl).then(setData, () => undefined);
  }, [glossaryUrl]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;

    // A preview opens where the mouse moves: a page scrolled under a still mouse (by the entity index, say)
    // gets pointerover from Chromium but no pointermove, and opened the card of whatever word arrived there.
    // A mouse moved with its button held is selecting text, not hovering: no preview opens then, and the
    // one open closes at once, or the selection would run into it (it sits at the end of the page).
    function onPointerMove(event: PointerEvent) {
      const word = wordOf(event.target);
      if (!word || event.pointerType !== 'mouse' || event.buttons || word.id === dismissed.current) return;
      if (word.id === openRef.current?.id) clearTimeout(closeTimer.current);
      else show(word, false);
    }
    // A press may start a selection, which would run into a preview under the pointer: the preview steps
    // out of the way at once, without waiting for React to render (a click then pins the card).
    function onPress(event: PointerEvent) {
      if (event.pointerType === 'mouse' && !openRef.current?.pinned) cardRef.current?.setAttribute('data-pressed', '');
    }
    function onPointerOut(event: PointerEvent) {
      const word = wordOf(event.target);
      if (!word || wordOf(event.relatedTarget) === word) return;
      if (dismissed.current === word.id) dismissed.current = null;
      if (openRef.current?.pinned) return;
      if (event.buttons) return close(false);
      closeTimer.current = setTimeout(() => {
        if (!openRef.current?.pinned && document.activeElement !== word) close(false);
      }, 120);
    }
    function onFocusIn(event: FocusEvent) {
      const word = wordOf(event.target);
      if (word && !refocusing.current) show(word, false, true);
    }
    function onFocusOut(event: FocusEvent) {
      const word = wordOf(event.target);
      if (word && !openRef.current?.pinned && !cardRef.current?.contains(event.relatedTarget as Node)) close(false);
    }
    // On the word of a card still pinned, focus goes into the card again: Enter back on it after Shift+Tab
    // from the card, or a second click, whose press took focus to the page, or to the word if it is its
    // paragraph's tab stop.
    function pin(word: HTMLElement) {
      if (openRef.current?.pinned && openRef.current.id === word.id) cardRef.current?.focus({ preventScroll: true });
      else show(word, true);
    }
    function onClick(event: MouseEvent) {
      const word = wordOf(event.target);
      if (!word) return;
      if (document.getSelection()?.isCollapsed === false) {
        // A double or triple click selects the word or the paragraph: the card its first click pinned
        // would cover the selection and hold back the offer of a link to it.
        if (event.detail > 1 && openRef.current?.id === word.id) close(false);
        return;
      }
      pin(word);
    }
    function onKeyDown(event: KeyboardEvent) {
      const word = wordOf(event.target);
      if (!word || !isPinKey(event)) return;
      event.preventDefault();
      pin(word);
    }

    const onRelease = () => cardRef.current?.removeAttribute('data-pressed');
    const stopListening = listen(document, { pointerup: onRelease, pointercancel: onRelease });
    const stopListeningOnText = listen(root, {
      pointerdown: onPress,
      pointermove: onPointerMove,
      pointerout: onPointerOut,
      focusin: onFocusIn,
      focusout: onFocusOut,
      click: onClick,
      keydown: onKeyDown,
    });
    return () => {
      stopListening();
      stopListeningOnText();
    };
  }, [rootRef, show, close]);

  useEffect(() => {
    // Esc closes; a tap or click outside the card and the words closes a pinned card.
    function onKey(event: KeyboardEvent) {
      // Esc is the card's only while focus is on it, its words or nowhere: in the shortcuts dialog or the
      // settings it closes those, and focus goes back to what opened them.
      if (event.key === 'Escape') {
        const focused = document.activeElement;
        const onPage = !focused || focused === document.body;
        const inCard = !!cardRef.current?.contains(focused);
        // Focus goes back to the card's word from the card (or from the page, under a pinned card); a preview
        // under the mouse leaves it where it is, on another word say, whose paragraph keeps its tab stop.
        if (openRef.current && (onPage || inCard || wordOf(focused))) close(inCard || (onPage && openRef.current.pinned));
        return;
      }
      // The card sits at the end of the page, portalled out of the text: Tab past its last control (or
      // Shift+Tab before its first) goes back to its word, not to the page's end, and on from there.
      // Still loading its glossary, or unable to, a pinned card's one control is its ×.
      const card = cardRef.current;
      const word = openRef.current && document.getElementById(openRef.current.id);
      if (event.key !== 'Tab' || !card || !word || !card.contains(document.activeElement)) return;
      const controls = card.querySelectorAll<HTMLElement>('a[href], button');
      const edge = event.shiftKey ? [card, controls[0]] : [controls[controls.length - 1]];
      if (!edge.includes(document.activeElement as HTMLElement)) return;
      event.preventDefault();
      // Where the card covers its word (no room on either side of it), focus there would be hidden under the
      // card: the card closes, as Esc closes it.
      if (covers(card, word)) close(true);
      else focusWord(word);
    }
    function onPointerDown(event: PointerEvent) {
      if (!openRef.current?.pinned) return;
      const target = event.target as Node;
      if (cardRef.current?.contains(target) || wordOf(target)) return;
      close(false);
    }
    function onFocusIn(event: FocusEvent) {
      // Tabbing on from a pinned card and its word: the card would stay open over what now has focus. A
      // dialog opened over the page (the shortcuts) leaves it, and gives focus back to it when it closes.
      const current = openRef.current;
      const target = event.target as HTMLElement;
      if (!current?.pinned || target.id === current.id || cardRef.current?.contains(target) || target.closest('dialog')) return;
      close(false);
      const word = wordOf(target);
      if (word) show(word, false);
    }
    return listen(document, { keydown: onKey, pointerdown: onPointerDown, focusin: onFocusIn });
  }, [close, show]);

  useEffect(() => {
    // A word link (/…/7#w7-3) opens scrolled to its word with the card pinned; so do the card's own links.
    let fromHash: string | null = null;
    function openFromHash() {
      const match = WORD_FRAGMENT.exec(window.location.hash);
      // A word the view hides (Back to a word's address under "English only") has no place to pin a card
      // to: the card opened in the page's corner, under the header.
      const word = match ? document.getElementById(match[1]!) : null;
      if (!word?.checkVisibility()) {
        // Back from a word's address closes the card that address opened. Focus in the card would drop to
        // the page, from which Tab starts again at its top: it goes back to the word, where Back left it in
        // sight, as Esc would take it, else to the paragraph being read.
        if (fromHash && openRef.current?.id === fromHash) {
          const cardWord = document.getElementById(fromHash);
          const hadFocus = !!cardRef.current?.contains(document.activeElement);
          const wordInSight = !!cardWord && onScreen(cardWord);
          close(hadFocus && wordInSight);
          if (hadFocus && !wordInSight) focusRowBeingRead();
        }
        fromHash = null;
        return;
      }
      word.scrollIntoView({ block: 'center' });
      focusWord(word);
      show(word, true);
      fromHash = word.id;
      // The card's own effect gives it the focus, yet CI once found the card pinned and the focus on its word, for a
      // cause not found: Chrome focuses a link's target itself, but only one that takes focus (a paragraph's tab stop,
      // not this word until focusWord). Focus still on the word a frame later goes on into the card.
      requestAnimationFrame(() => {
        if (document.activeElement === word && openRef.current?.id === word.id && openRef.current.pinned) cardRef.current?.focus({ preventScroll: true });
      });
    }
    openFromHash();
    openAddressed.current = openFromHash;
    return listen(window, { hashchange: openFromHash });
  }, [show, close]);

  useEffect(() => onReady?.(), [onReady]);

  useEffect(() => {
    // Loaded on demand: open for what the reader hovered, focused or clicked while the code was on its way.
    // The loader listens until this island's listeners are live, so a click can arrive here after the
    // card opened for the hover before it: show() pins it, and never lets a hover unpin it.
    const word = initial ? document.getElementById(initial.id) : null;
    if (word) show(word, initial!.pinned, initial!.byKeyboard);
  }, [initial, show]);

  useEffect(() => {
    if (open?.pinned) cardRef.current?.focus({ preventScroll: true });
  }, [open?.pinned, open?.id]);

  const isOpen = open !== null;
  useEffect(() => {
    if (!isOpen) return;
    // Where a wider screen put it, the card widens the page as the screen narrows (a phone turned back
    // upright), and the browser zooms the whole page out to fit it, for good: it stands aside, unseen,
    // until it is placed for the new width.
    return listenToWidth(() => {
      const card = cardRef.current;
      if (!card) return;
      card.dataset.resizing = '';
      update();
      requestAnimationFrame(() => requestAnimationFrame(() => delete card.dataset.resizing));
    });
  }, [isOpen, update]);

  useLayoutEffect(() => {
    // New content changes the card's size: place it again in this same task. Left to the resize
    // observer, the grown card would stay where the smaller one was until the next frame, over its
    // word, and a tap landing then would hit the card instead of the word.
    if (!open) return;
    const card = cardRef.current;
    // Uncapped, so that the full card is measured and can go to the side with more room.
    card?.style.removeProperty('--card-room');
    // The actions stay at the card's foot as it scrolls: a control Tab reaches is scrolled clear of them.
    card?.style.setProperty('--card-actions-height', `${card.querySelector<HTMLElement>('.card-actions')?.offsetHeight ?? 0}px`);
    update();
  }, [open, data, update]);

  if (!open) return null;
  const occurrenceHref = (occurrence: string) =>
    onPage(paragraphOfWord(occurrence), shown) ? `#${occurrence}` : wordUrl(articleHref, occurrence);
  const token = data?.tokens[open.id];

  const lemma = token?.lemma;
  const status = lemma ? statusOf(study, lemma) : null;

  // Portalled to <body> so no paragraph clips it; it carries its own lang and dir.
  return createPortal(
    <div
        ref={(node) => {
          cardRef.current = node;
          refs.setFloating(node);
        }}
        id="word-card"
        role={open.pinned ? 'dialog' : 'tooltip'}
        aria-label={open.pinned ? `${strings.wordCard}: ${token?.surface ?? ''}` : undefined}
        tabIndex={open.pinned ? -1 : undefined}
        lang={uiLocale}
        dir={uiDir}
        className="word-card"
        data-placement={placement}
        data-pinned={open.pinned || undefined}
        data-word={open.id}
        style={floatingStyles}
        onPointerEnter={() => clearTimeout(closeTimer.current)}
        onClick={(event) => {
          // A link to the word the address names already (back to where a word link opened) is no change of
          // address the page hears, and only scrolled: its card opens, as the link's first use opened it.
          const link = (event.target as Element).closest('a');
          const newTab = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
          if (newTab || !link?.hash || link.href !== window.location.href) return;
          event.preventDefault();
          openAddressed.current?.();
        }}
      >
        {token && data ? (
          <WordCardContent
            id={open.id}
            token={token}
            data={data}
            pinned={open.pinned}
            byKeyboard={!!open.byKeyboard}
            // Where the store cannot be read at all (its script failed to load), saving says it could not save.
            saved={studyLoaded || studyUnreadable ? !!(lemma && study.words[lemma]?.saved) : null}
            status={studyLoaded ? status : null}
            strings={strings}
            posNames={posNames}
            entityTypeNames={entityTypeNames}
            uiLocale={uiLocale}
            vocabularyUrl={vocabularyUrl}
            occurrenceHref={occurrenceHref}
            onSave={() => lemma && changeStudy((state) => toggleSaved(state, lemma, open.id, slug))}
            onStatus={(next) => {
              if (!lemma) return;
              // The toast of the status a key set a moment ago ("أكد: Learning") would still say it once the card set another.
              void changeStudy((state) => setStatus(state, lemma, next)).then((saved) => saved && next !== status && withdraw(lemma));
            }}
            onCopyLink={() => copyLink(onThisSite(wordUrl(articleHref, open.id)))}
            onClose={() => close(true)}
          />
        ) : (
          <div className="flex items-center justify-between gap-2 p-3">
            <p className="text-sm">{failed ? strings.failed : strings.loading}</p>
            {open.pinned && <CardCloseButton label={strings.close} onClose={() => close(true)} />}
          </div>
        )}
    </div>,
    document.body,
  );
}
