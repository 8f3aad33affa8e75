'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { listen, listenToWidth } from '@/lib/listen';
import type { GlossaryData } from '@/lib/glossary';
import { loadJson } from '@/lib/load-json';
import { formatParagraphRange, type ParagraphRange } from '@/lib/paragraph-range';
import { onThisSite, WORD_FRAGMENT } from '@/lib/urls';
import { keepingPlace, noticeHeight, readingPlace, returnTo, withinScreen, type Place } from '@/lib/reading-place';
import { focusRowBeingRead } from '@/lib/focus';
import { addWordForms } from '@/lib/word-forms';
import { readStored, writeStored } from '@/lib/storage';
import type { StudyState, WordStatus } from '@/lib/study';
import {
  SETTINGS_KEY,
  arabicScale,
  defaultSettings,
  describeSettings,
  englishScale,
  queryWithoutSpentSettings,
  sameSettings,
  showsBothLanguages,
  viewForVisit,
  withLinkSettings,
  withoutSettings,
  type ReaderSettings,
  type SettingWords,
} from '@/lib/reader-settings';
import { MentionStepper } from './MentionStepper';
import { ReaderContext } from './ReaderContext';
import { ReaderToast } from './ReaderToast';
import { useAnnouncer } from './useAnnouncer';
import { useArticleEvents } from './useArticleEvents';
import { useMentionStepping } from './useMentionStepping';
import { useReaderKeys } from './useReaderKeys';
import { updateStudy } from './useStudy';
import { useWordStatusMarks } from './useWordStatusMarks';

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

/**
 * The reader's shared state and its delegated behaviour. It wraps the server-rendered article:
 * settings become data attributes on its element (theme, view and sizes on <html>, which the head
 * script fills first), and a handful of delegated listeners serve every paragraph, sentence and entity
 * mention on the page: the article's (useArticleEvents) and the keys' (useReaderKeys).
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
  const settings = useMemo(() => ({ ...saved, ...overrides }), [saved, overrides]);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const savedRef = useRef(saved);
  savedRef.current = saved;
  // Taken before a change of settings reshapes the page, and gone back to once it has.
  const placeRef = useRef<Place | null>(null);

  const { message, shown: messageShown, announce, withdraw } = useAnnouncer();
  const sayGlossaryFailed = useCallback(() => announce(strings.glossaryFailed), [announce, strings.glossaryFailed]);
  const canChangeSettings = useCallback(() => settingsRead.current !== 'not yet', []);

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

  const { stepping, stepThroughMentions, backToIndex, endStepping } = useMentionStepping({ rootRef, view: settings.view, announce, stepStatus: strings.stepStatus });

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
          const visit = withLinkSettings(null, fromLink, stored);
          // By now a link has scrolled to its paragraph; what is stored or in the link may reshape the page.
          // Most visits change nothing, and are spared the measuring. So is a word link that only shows both
          // languages, as the head script already does: its card centres the word meanwhile, and going back
          // to a place taken before that scrolled the word away from its open card.
          if (!sameSettings(settingsRef.current, { ...stored, ...visit })) placeRef.current = readingPlace();
          setSaved((current) => (sameSettings(current, stored) ? current : stored));
          if (visit) setOverrides(visit);
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
    };
  }, []);

  useEffect(() => {
    // A word link followed in this tab (pasted into the address, say) shows its word under "English only", as
    // one that loads the page does; Back or Forward to a word's address leaves the view the reader chose. Only
    // the Navigation API tells the two apart: without it, every change is taken for Back or Forward.
    if (!('navigation' in window)) return;
    let followedTo: string | null = null;
    const stopNoting = listen(window.navigation, {
      navigate: (event: NavigateEvent) => {
        if (event.hashChange) followedTo = event.navigationType === 'traverse' ? null : event.destination.url;
      },
    });
    const stopListening = listen(window, {
      hashchange: (event: HashChangeEvent) => {
        const followed = followedTo === event.newURL;
        followedTo = null;
        // Before the settings are read, reading them applies the same rule to the address they find.
        const word = WORD_FRAGMENT.exec(window.location.hash);
        if (!followed || settingsRead.current !== 'read' || !word || !document.getElementById(word[1]!)) return;
        const view = viewForVisit(settingsRef.current.view, window.location.hash);
        if (view === settingsRef.current.view) return;
        // As at a visit's start: the reader's own view is no change a link made (one link's "English only" gives way to it).
        // Now, not at the next render: the card's listener, added after this one as its island loads later, finds the
        // word shown, and scrolls to it.
        flushSync(() => setOverrides((current) => withLinkSettings(current, { view }, savedRef.current)));
      },
    });
    return () => (stopNoting(), stopListening());
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
      sayGlossaryFailed,
    );
  }, [showsWordForms, glossaryUrl, sayGlossaryFailed]);

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

  useArticleEvents({ rootRef, settingsRef, copyLink, stepThroughMentions, shareTitle: strings.shareTitle });

  useReaderKeys({ rootRef, settingsRef, canChangeSettings, update, announce, changeStudy, copyParagraphsLink, glossaryUrl, onGlossaryFailed: sayGlossaryFailed, strings });

  useWordStatusMarks({ rootRef, enabled: settings.unknown, glossaryUrl, onFailed: sayGlossaryFailed });

  const context = useMemo(
    () => ({ settings, update, showBothLanguages, rootRef, announce, withdraw, copyLink, copyParagraphsLink, changeStudy }),
    [settings, update, showBothLanguages, announce, withdraw, copyLink, copyParagraphsLink, changeStudy],
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
        // useMentionStepping sets data-stepping itself before the first step's scroll, a render too early for this.
        data-stepping={stepping ? true : undefined}
        data-message={messageShown || undefined}
        data-link-notice={overrides ? true : undefined}
      >
        {overrides && (
          <div className="notice link-notice" role="region" aria-label={strings.linkSettings}>
            <p>
              {strings.linkSettings} <span className="font-semibold">{describeSettings(overrides, strings).join(' · ')}</span>
            </p>
            <div className="link-notice-actions">
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
          </div>
        )}
        {children}
        {stepping && (
          <MentionStepper
            status={stepping.status}
            labels={{ previous: strings.previousMention, next: strings.nextMention, close: strings.stopStepping }}
            key={stepping.button.dataset.name}
            onStep={(step) => stepThroughMentions(stepping.button, step)}
            onTabOut={backToIndex}
            onClose={endStepping}
          />
        )}
        <ReaderToast message={message} shown={messageShown} />
      </div>
    </ReaderContext>
  );
}
