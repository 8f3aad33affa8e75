'use client';

import { useEffect, useState } from 'react';

type Props = {
  labels: { sort: string; first: string; freq: string; root: string; pos: string; filter: string; all: string };
  partsOfSpeech: { value: string; label: string }[];
};

type SortKey = 'first' | 'freq' | 'root' | 'pos';

/** Orders by the entries' data attributes: frequency and root ties fall back to first appearance. */
function compare(key: SortKey) {
  return (a: HTMLElement, b: HTMLElement) => {
    const first = Number(a.dataset.first) - Number(b.dataset.first);
    if (key === 'freq') return Number(b.dataset.count) - Number(a.dataset.count) || first;
    if (key === 'root') return a.dataset.root!.localeCompare(b.dataset.root!, 'ar') || first;
    if (key === 'pos') return a.dataset.pos!.localeCompare(b.dataset.pos!) || first;
    return first;
  };
}

/**
 * Sorts and filters the server-rendered vocabulary list in place. The list is static markup that
 * React never re-renders, so moving its items keeps reading order and tab order in step with what is shown.
 */
export function VocabularySort({ labels, partsOfSpeech }: Props) {
  const [sort, setSort] = useState<SortKey>('first');
  const [pos, setPos] = useState('');
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);

  function apply(nextSort: SortKey, nextPos: string) {
    setSort(nextSort);
    setPos(nextPos);
    const list = document.getElementById('vocabulary-list');
    if (!list) return;
    const items = Array.from(list.children) as HTMLElement[];
    for (const item of items.sort(compare(nextSort))) {
      item.hidden = nextPos !== '' && item.dataset.pos !== nextPos;
      list.append(item);
    }
  }

  return (
    // Shown once it works; until then (and without JavaScript) the list keeps its first-appearance order.
    <div data-interactive={interactive || undefined}>
      <div className="toolbar js-only">
      <label className="flex items-center gap-2 text-sm">
        {labels.sort}
        <select className="chip" value={sort} onChange={(e) => apply(e.target.value as SortKey, pos)}>
          <option value="first">{labels.first}</option>
          <option value="freq">{labels.freq}</option>
          <option value="root">{labels.root}</option>
          <option value="pos">{labels.pos}</option>
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        {labels.filter}
        <select className="chip" value={pos} onChange={(e) => apply(sort, e.target.value)}>
          <option value="">{labels.all}</option>
          {partsOfSpeech.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      </div>
    </div>
  );
}
