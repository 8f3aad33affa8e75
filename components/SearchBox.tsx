'use client';

import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { keepInAddress } from '@/lib/address';
import { cardWordOf, focusFirstControlIn, focusForNow } from '@/lib/focus';
import type { Quote, SearchHit, SearchIndex } from '@/lib/search';
import { isForTyping, shortcutKey, singleKeysOn } from '@/lib/keyboard';
import { listen } from '@/lib/listen';
import { loadJson } from '@/lib/load-json';
import { inRange, type ParagraphRange } from '@/lib/paragraph-range';
import { showsBothLanguages } from '@/lib/reader-settings';
import { fill } from '@/lib/template';
import { WORD_FORMS_ADDED } from '@/lib/word-forms';
import { useReader } from './ReaderContext';
import { useSingleKeys } from './useSingleKeys';

type Props = {
  indexUrl: string;
  /** The article's path, and the paragraphs on this page: a hit elsewhere in a long article links to its paragraph's page. */
  articlePath: string;
  shown: ParagraphRange;
  strings: {
    label: string;
    placeholder: string;
    results: string;
    resultsListed: string;
    headline: string;
    paragraph: string;
    matchOf: string;
    hiddenInArabic: string;
    hiddenInEnglish: string;
    showBoth: string;
    failed: string;
  };
};

type Engine = Pick<typeof import('@/lib/search'), 'search' | 'quoteOf'> & { index: SearchIndex };
/** The matches, those listed in their context, and how many the language this view hides holds. */
type Results = { found: SearchHit[]; listed: (SearchHit & Quote)[]; hidden: number };

/** The search code and the article's index arrive on first use, so they cost the reader nothing until then. */
function loadEngine(url: string): Promise<Engine> {
  return Promise.all([import('@/lib/search'), loadJson<SearchIndex>(url)]).then(([{ search, quoteOf }, index]) => ({ search, quoteOf, index }));
}

/** The search in the address, so that a reload, the language switch (which carries the query) or a shared link keeps it. */
const SEARCH_PARAM = 'q';
const MAX_QUERY = 100;

/** The address's search, if it is one the box could hold, without the blanks around it; anything else is dropped. */
function queryFromAddress(): string {
  const query = new URLSearchParams(window.location.search).get(SEARCH_PARAM)?.trim();
  return query && query.length <= MAX_QUERY ? query : '';
}

const HIGHLIGHT = 'search-hit';
/** The results listed: a short query (ال) matches hundreds of words, which the count and the marks cover. */
const LISTED = 50;

/**
 * The English hit is a slice of the paragraph's text, which the pane holds split across text nodes at
 * every entity and sentence: the range runs from the node where it starts to the node where it ends.
 */
function rangeOfText(pane: Element, start: number, end: number): Range | undefined {
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
  const range = new Range();
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (start >= seen && start < seen + length) range.setStart(node, start - seen);
    if (end > seen && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return undefined;
}

/** Marks the hits in the text itself with the CSS Custom Highlight API: no change to the article's DOM. */
function highlight(hits: SearchHit[]) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  // Nothing to mark: the highlight is removed, rather than an empty one registered on every page load.
  if (!hits.length) return void CSS.highlights.delete(HIGHLIGHT);
  const ranges: Range[] = [];
  for (const hit of hits) {
    if (hit.lang === 'ar') {
      for (const id of hit.tokens) {
        const word = document.getElementById(id);
        if (!word) continue;
        // A word given its forms holds its plain and vocalized text, one of them shown, and its interlinear
        // lines, which are not the match.
        const forms = word.querySelectorAll('.w-plain, .w-voc');
        for (const text of forms.length ? forms : [word]) {
          const range = new Range();
          range.selectNodeContents(text);
          ranges.push(range);
        }
      }
      continue;
    }
    const pane = document.querySelector(`#${hit.anchor} .pane-en`);
    const range = pane && rangeOfText(pane, hit.start!, hit.end!);
    if (range) ranges.push(range);
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
}

/**
 * Each match's place, for its link: where a paragraph holds several, each says which it is, as two links
 * both named "Paragraph 2" told a screen reader's list of links nothing.
 */
function placesOf(hits: SearchHit[], listed: number, strings: Props['strings']): string[] {
  const inParagraph = new Map<number, number>();
  for (const hit of hits) inParagraph.set(hit.paragraph, (inParagraph.get(hit.paragraph) ?? 0) + 1);
  const seen = new Map<number, number>();
  return hits.slice(0, listed).map((hit) => {
    const place = hit.paragraph === 0 ? strings.headline : fill(strings.paragraph, { n: hit.paragraph });
    const count = inParagraph.get(hit.paragraph)!;
    if (count === 1) return place;
    const i = (seen.get(hit.paragraph) ?? 0) + 1;
    seen.set(hit.paragraph, i);
    return fill(strings.matchOf, { place, i, count });
  });
}

/**
 * A link to a match on this page leaves focus on the page, as a paragraph takes none: it goes to the paragraph's
 * first control (its number), from which Tab goes on and where a screen reader hears the reader has arrived.
 * The headline takes it itself: its first control is a word, whose preview would open over the match.
 */
function focusParagraphFound(event: MouseEvent<HTMLOListElement>) {
  // A link opened in another tab or window leaves this page, and the reader's place in the results, as they are.
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const fragment = (event.target as Element).closest('a')?.getAttribute('href');
  const target = fragment?.startsWith('#') ? document.getElementById(fragment.slice(1)) : null;
  const row = target?.closest('[data-paragraph]');
  // Once the browser has followed the link, which drops focus to the page after the click's handlers have run.
  if (row) setTimeout(() => focusFirstControlIn(row));
  else if (target?.id === 'headline') setTimeout(() => focusForNow(target));
}

/** One box that searches the panes shown; results show their context and link to their paragraph. */
export function SearchBox({ indexUrl, articlePath, shown, strings }: Props) {
  const [query, setQuery] = useState('');
  /** Whether the address's search has been read: until then, writing the empty box's would wipe it. */
  const [addressRead, setAddressRead] = useState(false);
  const singleKeys = useSingleKeys();
  const [results, setResults] = useState<Results | null>(null);
  /** The search's script or index could not be loaded: said until a later query finds them. */
  const [failed, setFailed] = useState(false);
  /** The query as it was when typing last paused: its count is said then, not at every keystroke. */
  const [settledQuery, setSettledQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // With one language shown, a match in the other would lead to text that is not there, and mark nothing.
  const { settings, showBothLanguages } = useReader();
  /**
   * Where "/" brought the reader to the box from, to go back to: what had focus, or the page. Reached otherwise
   * (Tab, a click: null), focus stays in the box: taken out of it to nowhere, it fell to the page, unseen and unsaid.
   */
  const cameFrom = useRef<HTMLElement | 'page' | null>(null);
  /** Set by a tap on "Show both languages": the first result takes focus once they are found. */
  const focusFirstResult = useRef(false);
  const { view } = settings;
  const onlyLang = showsBothLanguages(view) ? null : view;

  function leaveBox() {
    const back = cameFrom.current;
    if (!back) return;
    if (back !== 'page' && back.isConnected && back.checkVisibility()) back.focus({ preventScroll: true });
    else inputRef.current?.blur();
  }

  useEffect(() => {
    setQuery(queryFromAddress());
    setAddressRead(true);
  }, []);

  useEffect(() => {
    if (!addressRead) return;
    // Once typing pauses: written at each keystroke, the address cost a frame before the results showed
    // (median 32 → 50 ms from a keystroke to its results painted).
    // Blanks around it search for nothing more, and only blanks would come back as a box of spaces.
    const write = () => keepInAddress({ [SEARCH_PARAM]: query.trim() });
    const timer = setTimeout(() => {
      write();
      setSettledQuery(query);
    }, 300);
    // And at once where the reader leaves the box sooner, for a link that carries the address as it is pressed
    // or focused: the language switch. (A press on the page comes before the box's blur.)
    const input = inputRef.current;
    window.addEventListener('pointerdown', write, true);
    input?.addEventListener('blur', write);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', write, true);
      input?.removeEventListener('blur', write);
    };
  }, [addressRead, query]);

  useEffect(() => {
    let current = true;
    if (!query.trim()) {
      setResults(null);
      highlight([]);
      return;
    }
    loadEngine(indexUrl).then(
      ({ search, quoteOf, index }) => {
        if (!current) return;
        const all = search(index, query);
        const found = all.filter((hit) => !onlyLang || hit.lang === onlyLang);
        setFailed(false);
        setResults({ found, listed: found.slice(0, LISTED).map((hit) => ({ ...hit, ...quoteOf(index, hit) })), hidden: all.length - found.length });
        highlight(found);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [query, indexUrl, onlyLang]);

  useEffect(() => {
    if (!focusFirstResult.current || !results || results.hidden) return;
    focusFirstResult.current = false;
    listRef.current?.querySelector('a')?.focus({ preventScroll: true });
  }, [results]);

  const found = results?.found;
  useEffect(() => {
    // Words given their forms (diacritics, transliteration or glosses turned on) lose the text the marks were on.
    if (found) return listen(document, { [WORD_FORMS_ADDED]: () => highlight(found) });
  }, [found]);

  const count = results?.found.length ?? 0;
  const countLine = failed
    ? strings.failed
    : results &&
      fill(count > LISTED ? strings.resultsListed : strings.results, { count, listed: LISTED }) +
        // A word found only in the hidden language would otherwise read as not in the article at all.
        (results.hidden > 0 ? ` · ${fill(onlyLang === 'ar' ? strings.hiddenInEnglish : strings.hiddenInArabic, { count: results.hidden })}` : '');
  // A short query on a long article finds thousands of matches, of which only the listed need names.
  const places = useMemo(() => results && placesOf(results.found, results.listed.length, strings), [results, strings]);

  useEffect(() => {
    // "/" jumps to the box, as on most sites with search.
    function onKey(event: KeyboardEvent) {
      if (shortcutKey(event) !== '/' || isForTyping(event) || !singleKeysOn()) return;
      event.preventDefault();
      // From a pinned card, which closes as focus leaves it: its word.
      const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      cameFrom.current = active ? (cardWordOf(active) ?? active) : 'page';
      inputRef.current?.focus();
    }
    return listen(document, { keydown: onKey });
  }, []);

  return (
    <div role="search" className="search-box js-only">
      <label className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span>{strings.label}</span>
        <input
          ref={inputRef}
          type="search"
          // A query runs as its own script does, Arabic from the right in the English interface too. Empty,
          // the box follows the interface, or Chrome would set the Arabic placeholder from the left.
          dir={query ? 'auto' : undefined}
          className="chip search-input"
          value={query}
          placeholder={strings.placeholder}
          maxLength={MAX_QUERY}
          aria-keyshortcuts={singleKeys ? '/' : undefined}
          aria-controls={count ? 'search-results' : undefined}
          onFocus={() => void loadEngine(indexUrl).catch(() => undefined)}
          onBlur={() => (cameFrom.current = null)}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // The first Esc empties the box; one on the empty box leaves it, so that the keys are the page's again.
            if (event.key === 'Escape' && !query) leaveBox();
            else if (event.key === 'Escape') setQuery('');
            // Enter takes a reader who typed a word straight to it, as a site's search does. Not the Enter that
            // ends an input method's composition (which WebKit reports as key 229, not composing).
            if (event.key === 'Enter' && !event.nativeEvent.isComposing && event.keyCode !== 229) listRef.current?.querySelector('a')?.click();
          }}
        />
      </label>
      {query.trim() && (
        <div className="search-results">
          {/* Seen at each keystroke, and said once typing pauses, by the live region under it: at each
              keystroke a screen reader said "Matches: 30", "18", "13", "6" over the reader's typing. */}
          <p className="search-count text-sm text-muted" aria-hidden="true">
            {countLine}
          </p>
          {/* Added empty as the query is typed, and filled once the search has run: a live region added
              with its text already in it is not read out. */}
          <p role="status" className="sr-only">
            {settledQuery === query && countLine}
          </p>
          {results && results.hidden > 0 && (
            <button
              type="button"
              className="chip text-sm"
              onClick={(event) => {
                showBothLanguages();
                // The button goes with the hidden matches: from the keyboard (detail 0), the box keeps the reader
                // where the results are; a tap, which would open a phone's keyboard over them, leaves it on the
                // first of them, not on the page.
                if (event.detail === 0) inputRef.current?.focus();
                else focusFirstResult.current = true;
              }}
            >
              {strings.showBoth}
            </button>
          )}
          {results && count > 0 && (
            <ol id="search-results" ref={listRef} onClick={focusParagraphFound}>
              {results.listed.map((hit, i) => (
                <li key={`${hit.anchor}-${hit.lang}-${i}`}>
                  <a href={hit.paragraph === 0 || inRange(hit.paragraph, shown) ? `#${hit.anchor}` : `${articlePath}/${hit.paragraph}`} className="link text-sm">
                    {places![i]}
                  </a>{' '}
                  {/* A block under its link, set from its own language's side: inline in a list of the other
                      direction, a quote of several lines was aligned to the wrong edge. */}
                  <span lang={hit.lang} dir={hit.lang === 'ar' ? 'rtl' : 'ltr'} className={hit.lang === 'ar' ? 'block font-arabic' : 'block'}>
                    {hit.before}
                    <mark>{hit.match}</mark>
                    {hit.after}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
