'use client';

import { useEffect, useRef, useState } from 'react';
import { keepInAddress } from '@/lib/address';
import { fill } from '@/lib/template';
import { listen } from '@/lib/listen';
import { statusOf, wordStatuses, type WordStatus } from '@/lib/study';
import { entryOf, goToListPlace, listPlace, listPlaceOf, vocabularyEntries, vocabularyList, type ListPlace } from '@/lib/vocabulary-list';
import { useHydrated } from './useHydrated';
import { useStudy } from './useStudy';

type Props = {
  labels: { sort: string; first: string; freq: string; root: string; pos: string; filter: string; all: string; status: string; allStatuses: string; saved: string; noMatch: string; showAll: string; showing: string; showingAll: string };
  partsOfSpeech: { value: string; label: string }[];
  statusNames: Record<WordStatus, string>;
};

const sortKeys = ['first', 'freq', 'root', 'pos'] as const;
type SortKey = (typeof sortKeys)[number];
/** A status, or the saved words whatever their status, which a student looks for here. */
const statusFilters = [...wordStatuses, 'saved'] as const;
type StatusFilter = (typeof statusFilters)[number];
type View = { sort: SortKey; pos: string; status: StatusFilter | '' };

/**
 * The order and filters in the address (`?sort=root&status=learning`), so that a reload, a way back
 * from the article or a shared link shows the list as it was. Defaults stay out of it.
 */
const viewInAddress = ({ sort, pos, status }: View) => keepInAddress({ sort: sort === 'first' ? '' : sort, pos, status });

/** The filters a count was made under, which a count is shown under only. */
const filtersKey = (pos: string, status: string) => `${pos} ${status}`;

/** The key of the page's history entry that holds the student's place in the list (lib/vocabulary-list.ts). */
const PLACE_IN_HISTORY = 'jisrListPlace';

/** The order and filters an address asks for; anything this list does not offer is left at its default. */
function viewFromAddress(search: string, partsOfSpeech: readonly string[]): View {
  const params = new URLSearchParams(search);
  const pick = <T extends string>(name: string, allowed: readonly T[]) => allowed.find((value) => value === params.get(name));
  return { sort: pick('sort', sortKeys) ?? 'first', pos: pick('pos', partsOfSpeech) ?? '', status: pick('status', statusFilters) ?? '' };
}

/**
 * Orders by the entries' data attributes: frequency, root and part-of-speech ties fall back to first
 * appearance. Parts of speech come in the grammar's order (noun, proper noun, adjective, verb, …), the
 * same in both interfaces, rather than by their names' spelling in one language.
 */
function compare(key: SortKey, posOrder: string[]) {
  return (a: HTMLElement, b: HTMLElement) => {
    const first = Number(a.dataset.first) - Number(b.dataset.first);
    if (key === 'freq') return Number(b.dataset.count) - Number(a.dataset.count) || first;
    if (key === 'root') return a.dataset.root!.localeCompare(b.dataset.root!, 'ar') || first;
    if (key === 'pos') return posOrder.indexOf(a.dataset.pos!) - posOrder.indexOf(b.dataset.pos!) || first;
    return first;
  };
}

/**
 * Sorts and filters the server-rendered vocabulary list in place, by the status of each word on this device
 * among others. The list is static markup that React never re-renders, so moving its items keeps reading
 * order and tab order in step with what is shown.
 */
export function VocabularyControls({ labels, partsOfSpeech, statusNames }: Props) {
  const [sort, setSort] = useState<SortKey>('first');
  /** The order the list's items are in, which the address's order is compared with. */
  const sortRef = useRef<SortKey>('first');
  const [pos, setPos] = useState('');
  const [status, setStatusFilter] = useState<StatusFilter | ''>('');
  /**
   * How many entries the filters leave shown, on screen and on paper, of how many, under which filters (`view`);
   * unknown until the list has been filtered. Paper leaves out the words kept in view (`data-kept`): it shows
   * the list its line names. `cleared`: no filter is set, where one was this visit, which the line then says.
   */
  const [counts, setCounts] = useState<{ shown: number; onPaper: number; total: number; view: string; cleared: boolean }>();
  const { state, loaded, unloaded } = useStudy();
  const interactive = useHydrated();
  /** An entry a link went to while the filters hid it: shown, then scrolled to. */
  const revealing = useRef<HTMLElement | null>(null);
  const posSelect = useRef<HTMLSelectElement>(null);
  /** Whether the address's order and filters have been read: until then, writing would wipe them. */
  const [addressRead, setAddressRead] = useState(false);
  /**
   * The filters the words changed here (`data-changed-here`) were changed under: they stay shown under them, so
   * that a word set to Known under "Learning" does not vanish from under the student's hand, taking the focus
   * with it. Other filters forget them.
   */
  const changedUnder = useRef('');
  /** Whether a filter has been set this visit, after which no filter is worth saying ("Showing all 292 words."). */
  const filteredThisVisit = useRef(false);

  useEffect(() => {
    // At load, and again where Back or Forward brings another address: the controls change the address, and
    // otherwise follow it.
    function readAddress() {
      const view = viewFromAddress(window.location.search, partsOfSpeech.map((p) => p.value));
      // Only where the order differs: moving the list's items takes the focus off a link in it.
      if (view.sort !== sortRef.current) reorder(view.sort);
      setPos(view.pos);
      setStatusFilter(view.status);
      setAddressRead(true);
    }
    readAddress();
    return listen(window, { popstate: readAddress });
  }, []);

  useEffect(() => {
    if (addressRead) viewInAddress({ sort, pos, status });
  }, [addressRead, sort, pos, status]);

  /**
   * A link to a word the filters hide would go nowhere: the filters are cleared instead. Looked for once the
   * list is first filtered (an address such as `?status=known#lemma-tansiq`, shared or reloaded), then at each
   * link followed to a word.
   */
  function reveal() {
    // The page's ids are ASCII, and the links to them unescaped: the fragment is taken as it is, since
    // decoding a broken escape (#%E0%A4%A) would throw.
    const target = document.getElementById(window.location.hash.slice(1));
    const entry = target && entryOf(target);
    if (!entry?.hidden) return;
    revealing.current = target;
    clearFilters();
  }

  function clearFilters() {
    setPos('');
    setStatusFilter('');
  }
  const revealAtLoad = useRef(true);
  /** Where the student was, coming back to the page (Back, Forward, a reload): gone back to once the list is as it was. */
  const placeAtLoad = useRef<ListPlace | null>(null);

  useEffect(() => {
    // The browser put the scroll back before the list was sorted and filtered as the address says, so that Back
    // from the article to a list sorted by root landed thousands of pixels from the word left. The page keeps
    // its place itself, in its history entry, by the entry at the top of the screen.
    placeAtLoad.current = listPlaceOf((window.history.state as Record<string, unknown> | null)?.[PLACE_IN_HISTORY]);
    return listen(window, {
      pagehide: () => {
        window.history.replaceState({ ...window.history.state, [PLACE_IN_HISTORY]: listPlace() }, '');
        // The list as the server sends it, every word in first-appearance order, is the browser's to scroll back
        // to, before the scripts run. Sorted or filtered, it is not the same list until they have. Set as the
        // page is left, not before: a Back within the page, from a link to a root, is the browser's to restore.
        const view = viewFromAddress(window.location.search, partsOfSpeech.map((p) => p.value));
        window.history.scrollRestoration = view.sort === 'first' && !view.pos && !view.status ? 'auto' : 'manual';
      },
    });
  }, []);

  useEffect(() => {
    return listen(window, {
      hashchange: reveal,
      // A link to the fragment the address already holds changes nothing, and says so by no hashchange.
      click: (event: MouseEvent) => {
        // Opened in another tab or window, the link leaves this page's filters alone.
        if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        const link = (event.target as Element).closest?.('a[href^="#"]');
        if (!link) return;
        // Back from where the link goes, within this list as it is, is the browser's to restore: in this entry,
        // which the page left `manual` when it was last left, and in the one the link makes, which copies it.
        window.history.scrollRestoration = 'auto';
        if (link.getAttribute('href') === window.location.hash) reveal();
      },
    });
  }, []);

  useEffect(() => {
    // Until the store is read every word reads as new: a filter by status would hide them all and say so.
    // Nor is the count known before then, nor before the address gives the filters: it would say all the
    // words are shown.
    // The list meanwhile is every word, under a status filter that already names a few: it is shown as not yet
    // the list the filter asks for, where a student would read, or pick, words about to leave it. A store that
    // cannot be read (its script failed to load) is not waited for: the page says so.
    const waiting = status !== '' && !loaded;
    vocabularyList()?.setAttribute('aria-busy', String(waiting && !unloaded));
    if (!addressRead || waiting) {
      setCounts(undefined);
      return;
    }
    let shown = 0;
    let onPaper = 0;
    const items = vocabularyEntries();
    const view = filtersKey(pos, status);
    if (pos || status) filteredThisVisit.current = true;
    const forget = changedUnder.current !== view;
    changedUnder.current = view;
    for (const item of items) {
      const lemma = item.dataset.lemma!;
      const itemStatus = statusOf(state, lemma);
      const saved = !!state.words[lemma]?.saved;
      if (forget) item.removeAttribute('data-changed-here');
      const statusMatches = status === '' || (status === 'saved' ? saved : itemStatus === status);
      item.hidden = (pos !== '' && item.dataset.pos !== pos) || !(statusMatches || item.hasAttribute('data-changed-here'));
      item.toggleAttribute('data-kept', !item.hidden && !statusMatches);
      if (!item.hidden) shown++;
      if (!item.hidden && statusMatches) onPaper++;
    }
    setCounts({ shown, onPaper, total: items.length, view, cleared: !pos && !status && filteredThisVisit.current });
    revealing.current?.scrollIntoView({ block: 'start' });
    revealing.current = null;
    if (placeAtLoad.current) goToListPlace(placeAtLoad.current);
    placeAtLoad.current = null;
    if (revealAtLoad.current) {
      revealAtLoad.current = false;
      reveal();
    }
  }, [addressRead, state, loaded, unloaded, pos, status]);

  function reorder(nextSort: SortKey) {
    sortRef.current = nextSort;
    setSort(nextSort);
    const list = vocabularyList();
    const posOrder = partsOfSpeech.map((p) => p.value);
    for (const item of vocabularyEntries().sort(compare(nextSort, posOrder))) list?.append(item);
  }

  // Nothing while the list is recounted under filters just chosen: the line, a live region, would first say the
  // count of the filters before.
  const current = counts?.view === filtersKey(pos, status) ? counts : undefined;
  const countLine = (shown: number | undefined) =>
    !current
      ? undefined
      : shown === 0
        ? labels.noMatch
        : pos || status
          ? fill(labels.showing, { shown: shown!, total: current.total })
          : current.cleared && fill(labels.showingAll, { total: current.total });
  const statusLabel = (s: StatusFilter) => (s === 'saved' ? labels.saved : statusNames[s]);
  const chosen = [
    `${labels.sort}: ${labels[sort]}`,
    pos && `${labels.filter}: ${partsOfSpeech.find((p) => p.value === pos)?.label}`,
    status && `${labels.status}: ${statusLabel(status)}`,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    // Shown once it works; until then (and without JavaScript) the list keeps its first-appearance order.
    <div data-interactive={interactive || undefined}>
      <div className="toolbar js-only">
        <label className="flex items-center gap-2 text-sm">
          {labels.sort}
          <select className="chip" value={sort} onChange={(e) => reorder(e.target.value as SortKey)}>
            <option value="first">{labels.first}</option>
            <option value="freq">{labels.freq}</option>
            <option value="root">{labels.root}</option>
            <option value="pos">{labels.pos}</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          {labels.filter}
          <select ref={posSelect} className="chip" value={pos} onChange={(e) => setPos(e.target.value)}>
            <option value="">{labels.all}</option>
            {partsOfSpeech.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          {labels.status}
          <select className="chip" value={status} onChange={(e) => setStatusFilter(e.target.value as StatusFilter | '')}>
            <option value="">{labels.allStatuses}</option>
            {statusFilters.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* The toolbar does not print: the paper says how its list is sorted and filtered. */}
      <p className="hidden text-sm print:block">{chosen}</p>
      {/* Always there, so that the message is heard when it appears, and a line high from the first paint: a
          shared link's filters, applied once the scripts run, said their count there and pushed the list down. */}
      <p role="status" className={current?.shown === 0 ? 'notice print:hidden' : 'js-only mt-2 min-h-5 text-sm text-muted print:hidden'}>
        {countLine(current?.shown)}
      </p>
      {current?.shown === 0 && (pos || status) && (
        <button
          type="button"
          className="chip mt-2 text-sm print:hidden"
          onClick={() => {
            clearFilters();
            // The button goes with the empty list: focus stays in the filters, not dropped to the page.
            posSelect.current?.focus();
          }}
        >
          {labels.showAll}
        </button>
      )}
      {/* On paper too, of the list printed: one printed empty says why. */}
      <p className={current?.onPaper === 0 ? 'notice prints hidden print:block' : 'hidden text-sm print:block'}>{countLine(current?.onPaper)}</p>
    </div>
  );
}
