'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ARTICLE_TEXT, cleanSelectionText } from '@/lib/clean-copy';
import { isForTyping, shortcutKey, singleKeysOn } from '@/lib/keyboard';
import { listen, listenToWidth } from '@/lib/listen';
import type { GlossaryData } from '@/lib/glossary';
import { loadJson } from '@/lib/load-json';
import { formatParagraphRange, type ParagraphRange } from '@/lib/paragraph-range';
import { selectedParagraphs } from '@/lib/selected-paragraphs';
import { onThisSite } from '@/lib/urls';
import { keepingPlace, noticeHeight, paragraphRows, readingPlace, returnTo, rowAtReadingLine, rowBeingRead, withinScreen, type Place } from '@/lib/reading-place';
import { collapseOpener, focusWord, markOpener, WORD, wordAfter, wordOf } from '@/lib/word-elements';
import { focusFirstControlIn, focusRowBeingRead, keepFocusShown, showShortcuts } from '@/lib/focus';
import { addWordForms } from '@/lib/word-forms';
import { readStored, writeStored } from '@/lib/storage';
import { setStatus, statusOf, wordStatuses, type StudyState, type WordStatus } from '@/lib/study';
import { fill } from '@/lib/template';
import {
  SETTINGS_KEY,
  arabicScale,
  changedSettings,
  defaultSettings,
  describeSetting,
  describeSettings,
  englishScale,
  queryWithoutSpentSettings,
  sameSettings,
  showsBothLanguages,
  viewForVisit,
  viewModes,
  withoutSettings,
  type ReaderSettings,
  type SettingWords,
  type ViewMode,
} from '@/lib/reader-settings';
import { MentionStepper } from './MentionStepper';
import { ReaderContext } from './ReaderContext';
import { updateStudy, useStudy } from './useStudy';

type Props = {
  children: ReactNode;
  /** The article's path, under which a paragraph's or a range's link is copied (C, the selection's link). */
  articleHref: string;
  /** The article's glossary: the word forms that the settings show, and each word's lemma. */
  glossaryUrl: string;
  /** With the words for settings: what a single-key switch says it did ("View: English only"), and what a link's notice says it changed. */
  strings: SettingWords & {
    copied: string;
    copyFailed: string;
    linkSettings: string;
    keep: string;
    dismiss: string;
    stepStatus: string;
    previousMention: string;
    nextMention: string;
    stopStepping: string;
    statusNames: Record<WordStatus, string>;
    /** The glossary could not be loaded, for the word forms or a word's status. */
    glossaryFailed: string;
    /** A change to the study data could not be saved (its schema did not load). */
    notSaved: string;
    /** The device would not save a change of settings (its storage full or turned off). */
    settingsUnsaved: string;
    /** The device would not save a change, which holds on this page only. */
    unsaved: string;
    /** A paragraph's shared title, its page's own: "Paragraph {n} · headline · Jisr". */
    shareTitle: string;
  };
};

type Stepping = { button: HTMLButtonElement; status: string };

/**
 * Focus back on the index entry stepping started from, or, where the reader has folded the index since, on
 * its summary: an entry in a closed panel takes no focus, which dropped to the page.
 */
function focusIndexEntry(entry: HTMLButtonElement) {
  const panel = entry.closest('details');
  (panel && !panel.open ? panel.querySelector('summary') : entry)?.focus();
}

/**
 * The reader's shared state and its delegated behaviour. It wraps the server-rendered article:
 * settings become data attributes on its element (theme, view and sizes on <html>, which the head
 * script fills first), and a handful of listeners here serve every paragraph, sentence and entity
 * mention on the page.
 */
export function ReaderProvider({ children, articleHref, glossaryUrl, strings }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [saved, setSaved] = useState<ReaderSettings>(defaultSettings);
  const [overrides, setOverrides] = useState<Partial<ReaderSettings> | null>(null);
  const [interactive, setInteractive] = useState(false);
  /**
   * Whether the saved settings have been read. Before, the page shows them (the head script put them on <html>)
   * but this state holds the defaults: a key's change then saved the defaults over the rest, for good. Where
   * they cannot be (the schemas' script failed to load), changes hold on the page and are not saved, for the same reason.
   */
  const settingsRead = useRef<'not yet' | 'read' | 'unreadable'>('not yet');
  /** What the address's query set, once read: its parameters leave the address as the settings stop being in force. */
  const [addressSettings, setAddressSettings] = useState<Partial<ReaderSettings> | null>(null);
  const [canShare, setCanShare] = useState(false);
  /**
   * The live region's message; a quiet one is heard but not shown, as what it says is on screen already.
   * `word`, an Arabic word the message is about, goes before it in its own language, so that it is read
   * with an Arabic voice; `link`, an address to copy by hand, goes after it, left to right in either interface.
   */
  const [message, setMessage] = useState<{ text: string; quiet: boolean; word?: string; link?: string; blank?: boolean; top?: boolean }>({ text: '', quiet: false });
  const { state: study, loaded: studyLoaded } = useStudy();
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const giveBackTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const settings = useMemo(() => ({ ...saved, ...overrides }), [saved, overrides]);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const savedRef = useRef(saved);
  savedRef.current = saved;
  // Taken before a change of settings reshapes the page, and gone back to once it has.
  const placeRef = useRef<Place | null>(null);

  const messageShown = message.text !== '' && !message.quiet;
  const messageRef = useRef(message);
  messageRef.current = message;
  const announce = useCallback((text: string, { shownFor = 4000, quiet = false, word, link }: { shownFor?: number; quiet?: boolean; word?: string; link?: string } = {}) => {
    // The same message again ("Link copied." twice) changes nothing in the live region, and is not heard:
    // the region is emptied for a moment, while the toast stays up.
    const repeated = messageRef.current.text === text && messageRef.current.word === word && messageRef.current.link === link;
    // A pinned card that reaches the foot of the screen (on a phone, one below its word) has its buttons
    // there, where the message would cover them: it shows under the header instead.
    const card = document.querySelector('#word-card[data-pinned]');
    const top = !!card && card.getBoundingClientRect().bottom > window.innerHeight - 96;
    setMessage({ text, quiet, word, link, blank: repeated, top });
    clearTimeout(clearTimer.current);
    clearTimeout(giveBackTimer.current);
    if (repeated) giveBackTimer.current = setTimeout(() => setMessage((current) => (current.text === text ? { ...current, blank: false } : current)), 100);
    // It fades out where it was.
    clearTimer.current = setTimeout(() => setMessage((current) => ({ text: '', quiet: false, top: current.top })), shownFor);
  }, []);

  const copyLink = useCallback(
    async (url: string) => {
      try {
        await navigator.clipboard.writeText(url);
        announce(strings.copied);
      } catch {
        // Refused (no permission, or a page not served securely): the link stays up long enough to select.
        announce(strings.copyFailed, { link: url, shownFor: 20000 });
      }
    },
    [announce, strings.copied, strings.copyFailed],
  );
  const copyParagraphsLink = useCallback(
    (range: ParagraphRange) => copyLink(onThisSite(`${articleHref}/${formatParagraphRange(range)}`)),
    [copyLink, articleHref],
  );

  // The entity index's entry being stepped through, for the bar that steps on from where the mention is.
  const [stepping, setStepping] = useState<Stepping | null>(null);
  const lastMention = useRef(new WeakMap<HTMLButtonElement, HTMLElement>());
  const flashed = useRef<HTMLElement[]>([]);
  const stepThroughMentions = useCallback(
    (button: HTMLButtonElement, step: 1 | -1 = 1) => {
      // The Arabic's mentions, each beside its translation, unless the view shows only the English.
      const anchors = settingsRef.current.view === 'en' ? button.dataset.enAnchors : button.dataset.anchors;
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
      // before every later one, or stepping again to the same mention moved the page by half the bar.
      rootRef.current?.setAttribute('data-stepping', 'true');
      start.scrollIntoView({ block: 'center' });
      // Only the mention stepped to is marked, until the next step or the bar closes; restarting the class replays its glow.
      unmark(flashed.current);
      void start.offsetWidth;
      for (const part of target) part.classList.add('flash');
      flashed.current = target;
      const status = fill(strings.stepStatus, { name: button.dataset.name ?? '', i: next + 1, count: mentions.length });
      // The bar shows where the step went; a toast saying it again covered a line at the foot of a phone.
      announce(status, { quiet: true });
      setStepping({ button, status });
    },
    [announce, strings.stepStatus],
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
  }, [settings.view, stepping, stepThroughMentions]);

  const changeStudy = useCallback(
    async (change: (state: StudyState) => StudyState) => {
      // A click that changes nothing must say so, or the reader believes the word was kept; so must one
      // that holds only until the page is left. Said here, at the foot of the screen, where the student is.
      const outcome = await updateStudy(change);
      if (outcome === 'unloaded') announce(strings.notSaved);
      else if (outcome === 'unsaved') announce(strings.unsaved, { shownFor: 12000 });
      return outcome === 'saved';
    },
    [announce, strings],
  );

  useEffect(() => {
    // A phone turned, or a window narrowed, reflows every paragraph, and the same scroll offset then shows
    // another part of the article (a phone reading ¶9 upright showed ¶15 on its side). The place the reader
    // last stopped scrolling at is gone back to, and kept on screen, which may now be shorter.
    let place = readingPlace();
    let settle: ReturnType<typeof setTimeout> | undefined;
    const remember = () => (place = readingPlace());
    // Safari before 26.2 has no scrollend: a pause in the scrolling stands for it.
    const stopRemembering = listen(
      window,
      'onscrollend' in window ? { scrollend: remember } : { scroll: () => (clearTimeout(settle), (settle = setTimeout(remember, 150))) },
    );
    const stopReturning = listenToWidth(() => place && returnTo(withinScreen(place)));
    return () => (stopRemembering(), stopReturning(), clearTimeout(settle));
  }, []);

  const settingsUnsavedSaid = useRef(false);
  const update = useCallback((changes: Partial<ReaderSettings>) => {
    // A change made here is the reader's own, and only it is saved: what a link set for this visit stays
    // for this visit, unless the change is to the same setting, or is "Keep them".
    const next = { ...savedRef.current, ...changes };
    placeRef.current = readingPlace();
    setSaved(next);
    setOverrides((current) => withoutSettings(current, Object.keys(changes)));
    // A device that will not store them (its storage full or turned off) keeps them for this page only, and
    // the reader would find them gone on the next: said once a page, not at every step of a size.
    if (settingsRead.current === 'unreadable' || writeStored(SETTINGS_KEY, next) || settingsUnsavedSaid.current) return false;
    settingsUnsavedSaid.current = true;
    announce(strings.settingsUnsaved, { shownFor: 12000 });
    return true;
  }, [announce, strings.settingsUnsaved]);

  const showBothLanguages = useCallback(() => {
    if (!showsBothLanguages(savedRef.current.view)) return void update({ view: defaultSettings.view });
    placeRef.current = readingPlace();
    setOverrides((current) => withoutSettings(current, ['view']));
  }, [update]);

  useEffect(() => {
    let live = true;
    let stopListening = () => {};
    // A paragraph link (/…/7 or /…/3-5) opens scrolled to its first paragraph; a #fragment that names something
    // wins (one that names nothing, such as a word an edit of its paragraph renumbered, falls back to the
    // paragraph), and so does a reader who has already scrolled, or come back to a place the browser restored,
    // while the scripts loaded.
    if (!document.querySelector(':target') && window.scrollY === 0) document.querySelector('[data-highlighted]')?.scrollIntoView({ block: 'start' });
    setCanShare(typeof navigator.share === 'function');
    // The schemas load after the first render, to keep them out of the page's first scripts; the
    // head script has already applied the saved settings that shape the page.
    import('@/lib/settings-schema')
      .then(
        ({ readStoredSettings, settingsFromQuery }) => {
          if (!live) return;
          // Most visits read back the defaults: keeping the same object then spares every island a re-render.
          const stored = readStoredSettings(readStored(SETTINGS_KEY));
          const fromLink = settingsFromQuery(window.location.search);
          setAddressSettings({ ...fromLink });
          // A word link shows its word: for this visit, as a link's settings do, with the same notice.
          const view = fromLink.view ?? stored.view;
          const shown = viewForVisit(view, window.location.hash);
          if (shown !== view) fromLink.view = shown;
          const visit = changedSettings(fromLink, stored);
          // By now a link has scrolled to its paragraph; what is stored or in the link may reshape the page.
          // Most visits change nothing, and are spared the measuring. So is a word link that only shows both
          // languages, as the head script already does: its card centres the word meanwhile, and going back
          // to a place taken before that scrolled the word away from its open card.
          if (!sameSettings(settingsRef.current, { ...stored, ...visit })) placeRef.current = readingPlace();
          setSaved((current) => (sameSettings(current, stored) ? current : stored));
          if (Object.keys(visit).length > 0) setOverrides(visit);
          settingsRead.current = 'read';
          // Settings changed in another tab: this one takes them, or its next change would save its own older
          // copy over them.
          stopListening = listen(window, {
            storage: (event: StorageEvent) => {
              if (event.key !== SETTINGS_KEY && event.key !== null) return;
              // A cleared store (key null) has no new value: the defaults.
              const changed = readStoredSettings(event.newValue);
              if (sameSettings(savedRef.current, changed)) return;
              placeRef.current = readingPlace();
              setSaved(changed);
            },
          });
        },
        // Without the schemas (their script failed to load) nothing stored can be trusted: the defaults stand.
        () => {
          settingsRead.current = 'unreadable';
        },
      )
      .then(() => live && setInteractive(true));
    return () => {
      live = false;
      stopListening();
      clearTimeout(clearTimer.current);
      clearTimeout(giveBackTimer.current);
    };
  }, []);

  useEffect(() => {
    // Only once the address's settings have been read: before that, every one of them would look spent.
    // Unread (the schemas failed to load), they stay in the address for a reload.
    if (!addressSettings) return;
    const query = queryWithoutSpentSettings(window.location.search, addressSettings, overrides);
    if (query === window.location.search) return;
    const url = new URL(window.location.href);
    url.search = query;
    window.history.replaceState(window.history.state, '', url);
  }, [addressSettings, overrides]);

  const showsWordForms = settings.diacritics || settings.translit || settings.gloss;
  useEffect(() => {
    if (!showsWordForms) return;
    loadJson<GlossaryData>(glossaryUrl).then(
      (glossary) => rootRef.current && keepingPlace(() => addWordForms(rootRef.current!, glossary)),
      () => announce(strings.glossaryFailed),
    );
  }, [showsWordForms, glossaryUrl, announce, strings.glossaryFailed]);

  const noticeShown = overrides !== null;
  useLayoutEffect(() => {
    // The notice names what the link changed, so its height varies with that and the screen's width: what
    // a focused control scrolls clear of at the foot is measured, where a fixed clearance fell short. With
    // room for a focus ring. Written only when it changes: the property restyles the whole article.
    const root = rootRef.current;
    const notice = root?.querySelector('.link-notice');
    if (!noticeShown || !root || !notice) return;
    const observer = new ResizeObserver(() => {
      const clearance = `${Math.ceil(noticeHeight()) + 8}px`;
      if (root.style.getPropertyValue('--clear-bottom') !== clearance) root.style.setProperty('--clear-bottom', clearance);
    });
    observer.observe(notice);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--clear-bottom');
    };
  }, [noticeShown]);

  useLayoutEffect(() => {
    // Theme, view and sizes shape the whole page, so they live on <html>, where the head script puts
    // saved ones before the first paint (lib/settings-script.ts). Until the store is read, those stay.
    // Like the head script, this leaves defaults off and writes only what differs: any write here
    // restyles every element on the page, 15 ms on this machine's CPU, just after hydration.
    if (!interactive) return;
    const html = document.documentElement;
    // Which entities are marked now lives on the reader's root; the head script's copy would outlast a change.
    delete html.dataset.hiddenTypes;
    for (const key of ['theme', 'view'] as const) {
      const value = settings[key] === defaultSettings[key] ? undefined : settings[key];
      if (html.dataset[key] === value) continue;
      if (value === undefined) delete html.dataset[key];
      else html.dataset[key] = value;
    }
    for (const [property, scale] of [
      ['--ar-scale', arabicScale[settings.arSize]],
      ['--en-scale', englishScale[settings.enSize]],
    ] as const) {
      const value = scale === 1 ? '' : String(scale);
      if (html.style.getPropertyValue(property) === value) continue;
      if (value) html.style.setProperty(property, value);
      else html.style.removeProperty(property);
    }
    // Before the page is painted reshaped, the reader goes back to their place in it.
    if (placeRef.current) returnTo(placeRef.current);
    placeRef.current = null;
  }, [interactive, settings]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const highlighted = new Set<Element>();

    function light(selector: string) {
      for (const el of root!.querySelectorAll(selector)) {
        el.classList.add('linked');
        highlighted.add(el);
      }
    }
    function clear() {
      for (const el of highlighted) el.classList.remove('linked');
      highlighted.clear();
    }
    // Hovering or focusing a mention lights every mention of that entity, in both panes;
    // a sentence lights its counterpart in the other language.
    function onOver(event: Event) {
      clear();
      const target = event.target as Element;
      const mention = target.closest<HTMLElement>('[data-entity]');
      if (mention && settingsRef.current.entities) light(`[data-entity~="${mention.dataset.entity!.split(' ').at(-1)}"]`);
      const sentence = target.closest<HTMLElement>('[data-s]');
      if (sentence) light(`[data-s="${sentence.dataset.s}"]`);
    }

    function onClick(event: Event) {
      const target = event.target as Element;
      const button = target.closest<HTMLButtonElement>('button[data-link]');
      if (button?.dataset.link) return void shareOrCopy(button);
      const step = target.closest<HTMLButtonElement>('button[data-anchors]');
      if (step) stepThroughMentions(step);
    }

    async function shareOrCopy(button: HTMLButtonElement) {
      const url = onThisSite(button.dataset.link!);
      if (button.dataset.action === 'share') {
        // The paragraph's own title, not the page's: shared from a range's page, that named the range.
        const n = button.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph;
        const title = n ? fill(strings.shareTitle, { n }) : document.title;
        // The person may dismiss the share sheet; that is not an error to report.
        await navigator.share({ url, title }).catch(() => undefined);
        return;
      }
      await copyLink(url);
    }

    // Heard on the document: the browser sends copy to where the selection starts, which may be above the
    // reader (a drag from the site's header, or Ctrl+A). Text selected in a field is the field's.
    function onCopy(event: ClipboardEvent) {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !event.clipboardData || (event.target as Element).closest?.('input, textarea')) return;
      const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
      // Only the article's text is made clean; a selection of the controls alone is the browser's to copy.
      const text = Array.from(document.querySelectorAll(ARTICLE_TEXT));
      if (!ranges.some((range) => text.some((block) => range.intersectsNode(block)))) return;
      const fragment = document.createDocumentFragment();
      for (const range of ranges) fragment.append(range.cloneContents());
      event.clipboardData.setData('text/plain', cleanSelectionText(fragment, settingsRef.current));
      event.preventDefault();
    }

    // A mouse lights what it moves onto. Chromium also sends pointerover when the page scrolls under a still
    // mouse (stepping through an entity's mentions scrolls it), which lit whatever sentence arrived there:
    // that only puts the lights out, and the next move lights what is under the mouse.
    let pointedAt: EventTarget | null = null;
    function onPointerOver(event: PointerEvent) {
      if (event.pointerType !== 'mouse') return onOver(event);
      clear();
      pointedAt = null;
    }
    function onPointerMove(event: PointerEvent) {
      if (event.pointerType !== 'mouse' || event.target === pointedAt) return;
      pointedAt = event.target;
      onOver(event);
    }

    function onLeave(event: PointerEvent) {
      pointedAt = null;
      // A finger lifted leaves too, at once: what a tap lit stays lit until the next tap.
      if (event.pointerType !== 'mouse') return;
      // Moving into the word card keeps the highlight: the card is about what is lit.
      if (!(event.relatedTarget as Element | null)?.closest?.('#word-card')) clear();
    }

    // A word with focus is a button that opens its card (lib/word-elements.ts), said from the page's first
    // focus on, before the card's own code has loaded; one whose card is pinned stays one when focus goes into it.
    function onFocusIn(event: FocusEvent) {
      onOver(event);
      const word = wordOf(event.target);
      if (word) markOpener(word, word.getAttribute('aria-expanded') === 'true');
    }
    function onFocusOut(event: FocusEvent) {
      const word = wordOf(event.target);
      if (word && word.getAttribute('aria-expanded') !== 'true') collapseOpener(word);
    }

    const stopListening = listen(root, {
      pointerover: onPointerOver,
      pointermove: onPointerMove,
      focusin: onFocusIn,
      focusout: onFocusOut,
      pointerleave: onLeave,
      click: onClick,
    });
    const stopCopying = listen(document, { copy: onCopy });
    return () => {
      stopListening();
      stopCopying();
    };
  }, [announce, strings, copyLink, stepThroughMentions]);

  useEffect(() => {
    // Single-key shortcuts, listed in the "?" dialog. Ignored while typing or with a modifier held.
    function onKey(event: KeyboardEvent) {
      // Esc folds the open panel that holds the focus (reading settings, the entity index) back to its summary.
      const panel = event.key === 'Escape' && (event.target as Element).closest?.('details[open]');
      if (panel instanceof HTMLDetailsElement) {
        panel.open = false;
        panel.querySelector('summary')?.focus();
        return;
      }
      // A modal dialog (the shortcuts' own list) holds the page still: V or L there changed it behind the dialog.
      if (isForTyping(event) || (event.target as Element).closest?.('dialog[open]')) return;
      const s = settingsRef.current;
      // A view or a switch may hide what has the focus: once the page has the change, focus moves on. The
      // change is heard, not shown: the page itself shows it.
      const change = (setting: 'view' | 'diacritics' | 'translit' | 'gloss' | 'entities' | 'unknown', value: ViewMode | boolean) => {
        if (settingsRead.current === 'not yet') return;
        const refocus = keepFocusShown();
        if (!update({ [setting]: value })) announce(describeSetting(setting, value, strings), { quiet: true });
        requestAnimationFrame(refocus);
      };
      const actions: Record<string, () => void> = {
        v: () => change('view', viewModes[(viewModes.indexOf(s.view) + 1) % viewModes.length]!),
        d: () => change('diacritics', !s.diacritics),
        t: () => change('translit', !s.translit),
        g: () => change('gloss', !s.gloss),
        e: () => change('entities', !s.entities),
        u: () => change('unknown', !s.unknown),
        l: () => document.querySelector<HTMLAnchorElement>('a[hreflang]:not([aria-current])')?.click(),
        j: () => moveParagraph(1),
        k: () => moveParagraph(-1),
        c: copyParagraphLink,
        '?': showShortcuts,
      };
      const word = wordOf(event.target);
      // The Arabic runs right to left, so ← is the next word and → the previous one. This works from
      // hydration on: it does not wait for the word card's code.
      const step = word && { ArrowLeft: 1, ArrowRight: -1 }[event.key];
      if (step) {
        event.preventDefault();
        const next = wordAfter(rootRef.current ?? document, word, step);
        if (!next) return;
        focusWord(next);
        // focusWord does not scroll (a card closing gives focus back without moving the page): walking on past
        // the screen's foot, the word would be out of sight.
        next.scrollIntoView({ block: 'nearest' });
        return;
      }
      if (!singleKeysOn()) return;
      const key = shortcutKey(event);
      const status = wordStatuses[Number(key) - 1];
      // 1–3 mark the word whose card is showing, hovered or pinned (its own status row is on screen),
      // else the focused word.
      const carded = document.querySelector<HTMLElement>('#word-card[data-word]')?.dataset.word;
      const marked = (carded && document.getElementById(carded)) || word;
      const action = marked && status ? () => markWord(marked, status) : actions[key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    function markWord(word: HTMLElement, status: WordStatus) {
      loadJson<GlossaryData>(glossaryUrl).then(
        (glossary) => {
          // A word without a lemma (a number, a foreign word) has no status to set.
          const lemma = glossary.tokens[word.id]?.lemma;
          if (!lemma) return;
          void changeStudy((state) => setStatus(state, lemma, status)).then(
            (saved) => saved && announce(strings.statusNames[status], { word: (word.querySelector('.w-plain') ?? word).textContent ?? '' }),
          );
        },
        () => announce(strings.glossaryFailed),
      );
    }
    function copyParagraphLink() {
      // The paragraphs whose text is selected, else the one holding the focus, else the one being read.
      const rows = paragraphRows();
      const row = rows.find((r) => r.contains(document.activeElement)) ?? rowBeingRead(rows);
      const n = Number(row?.dataset.paragraph);
      const range = selectedParagraphs(document.getSelection()) ?? (n ? { from: n, to: n } : null);
      if (range) void copyParagraphsLink(range);
    }
    function moveParagraph(delta: number) {
      const rows = paragraphRows();
      const current = rows.findIndex((row) => row.contains(document.activeElement));
      // Without a focused word, the reader is in the row at the reading line; at the top of the page
      // that is none, and J goes to paragraph 1.
      const atLine = rowAtReadingLine(rows);
      const reading = atLine ? rows.indexOf(atLine) : -1;
      const index = Math.min(rows.length - 1, Math.max(0, (current >= 0 ? current : reading) + delta));
      const row = rows[index];
      if (!row) return;
      row.scrollIntoView({ block: 'start' });
      const word = row.querySelector<HTMLElement>(WORD);
      // Under "English only" the words are hidden, and focusing one left focus on the page, from which Tab
      // starts again at the top: the row's first control shown (its number) takes it.
      if (word?.checkVisibility()) focusWord(word);
      else focusFirstControlIn(row);
    }
    return listen(document, { keydown: onKey });
  }, [update, announce, changeStudy, copyParagraphsLink, strings, glossaryUrl]);

  const marksUnknown = settings.unknown;
  useEffect(() => {
    // Each word shows its lemma's status, for "mark words not yet known". Only while that is on:
    // touching every word restyles the whole article, which a long article feels at load.
    // Not before the store is read: every word would be tinted as not yet known.
    if (!marksUnknown || !studyLoaded) return;
    let current = true;
    loadJson<GlossaryData>(glossaryUrl).then(
      (glossary) => {
        if (!current) return;
        for (const word of rootRef.current?.querySelectorAll<HTMLElement>(WORD) ?? []) {
          const lemma = glossary.tokens[word.id]?.lemma;
          if (lemma) word.dataset.status = statusOf(study, lemma);
        }
      },
      () => announce(strings.glossaryFailed),
    );
    return () => {
      current = false;
    };
  }, [study, studyLoaded, marksUnknown, glossaryUrl, announce, strings.glossaryFailed]);

  const context = useMemo(
    () => ({ settings, update, showBothLanguages, rootRef, announce, copyLink, copyParagraphsLink, changeStudy }),
    [settings, update, showBothLanguages, announce, copyLink, copyParagraphsLink, changeStudy],
  );

  return (
    <ReaderContext value={context}>
      <div
        ref={rootRef}
        className="reader"
        data-interactive={interactive || undefined}
        data-can-share={canShare || undefined}
        data-diacritics={settings.diacritics || undefined}
        data-translit={settings.translit || undefined}
        data-gloss={settings.gloss || undefined}
        data-entities={settings.entities || undefined}
        data-unknown={settings.unknown || undefined}
        data-hidden-types={settings.hiddenTypes.join(' ') || undefined}
        // For the floating bars' rules, which would otherwise need :has() on the whole page, a selector
        // Chrome re-checks at every change to the page while it loads (it measured 15–35 ms of style work).
        data-stepping={stepping ? true : undefined}
        data-message={messageShown || undefined}
        data-link-notice={overrides ? true : undefined}
      >
        {overrides && (
          <div className="notice link-notice" role="region" aria-label={strings.linkSettings}>
            <span>
              {strings.linkSettings} <span className="font-semibold">{describeSettings(overrides, strings).join(' · ')}</span>
            </span>
            <button
              type="button"
              className="chip"
              onClick={() => {
                update(overrides);
                requestAnimationFrame(focusRowBeingRead);
              }}
            >
              {strings.keep}
            </button>
            <button
              type="button"
              className="chip"
              onClick={() => {
                placeRef.current = readingPlace();
                setOverrides(null);
                // A word link under a saved 'English only' view would show both languages again at a reload:
                // the reader has said no to that, so the address no longer names the word they cannot see.
                if (viewForVisit(saved.view, window.location.hash) !== saved.view) {
                  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
                }
                requestAnimationFrame(focusRowBeingRead);
              }}
            >
              {strings.dismiss}
            </button>
          </div>
        )}
        {children}
        {stepping && (
          <MentionStepper
            status={stepping.status}
            labels={{ previous: strings.previousMention, next: strings.nextMention, close: strings.stopStepping }}
            key={stepping.button.dataset.name}
            onStep={(step) => stepThroughMentions(stepping.button, step)}
            onTabOut={() => focusIndexEntry(stepping.button)}
            onClose={() => {
              setStepping(null);
              unmark(flashed.current);
              focusIndexEntry(stepping.button);
            }}
          />
        )}
        <p role="status" className="toast" data-visible={messageShown || undefined} data-top={message.top || undefined}>
          {!message.blank && message.word && (
            <>
              <span lang="ar" dir="rtl" className="font-arabic">
                {message.word}
              </span>
              {': '}
            </>
          )}
          {!message.blank && message.text}
          {/* A line of its own: an address broken across the Arabic's lines would read in pieces from either side. */}
          {!message.blank && message.link && (
            <>
              {' '}
              <span dir="ltr" className="block break-all">
                {message.link}
              </span>
            </>
          )}
        </p>
      </div>
    </ReaderContext>
  );
}

function unmark(mention: HTMLElement[]) {
  for (const part of mention) part.classList.remove('flash');
}
