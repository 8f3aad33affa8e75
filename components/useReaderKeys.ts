'use client';

import { useEffect, type RefObject } from 'react';
import { focusFirstControlIn, keepFocusShown, showShortcuts } from '@/lib/focus';
import type { GlossaryData } from '@/lib/glossary';
import { isForTyping, shortcutKey, singleKeysOn } from '@/lib/keyboard';
import { listen } from '@/lib/listen';
import { loadJson } from '@/lib/load-json';
import { paragraphRows, rowAtReadingLine, rowBeingRead } from '@/lib/reading-place';
import { describeSetting, viewModes, type ReaderSettings, type SettingWords, type ViewMode } from '@/lib/reader-settings';
import { selectedParagraphs } from '@/lib/selected-paragraphs';
import { setStatus, wordStatuses, type WordStatus } from '@/lib/study';
import { cardWord, focusWord, WORD, wordAfter, wordOf } from '@/lib/word-elements';
import type { ReaderContextValue } from './ReaderContext';

type Options = Pick<ReaderContextValue, 'rootRef' | 'update' | 'announce' | 'changeStudy' | 'copyParagraphsLink'> & {
  /** The settings in force, read as a key is pressed. */
  settingsRef: RefObject<ReaderSettings>;
  /** False until the saved settings have been read: a key's change before that would save the defaults over them. */
  canChangeSettings: () => boolean;
  glossaryUrl: string;
  /** Called where the glossary, which names a word's lemma for 1–3, cannot be loaded. */
  onGlossaryFailed: () => void;
  strings: SettingWords & { statusNames: Record<WordStatus, string> };
};

/**
 * The reader's keys, listed in the "?" dialog: single keys for the settings, the paragraphs (J, K), a
 * paragraph's link (C), the language switch (L) and a word's status (1–3), and the arrows from word to word.
 */
export function useReaderKeys({ rootRef, settingsRef, canChangeSettings, update, announce, changeStudy, copyParagraphsLink, glossaryUrl, onGlossaryFailed, strings }: Options) {
  useEffect(() => {
    // Ignored while typing or with a modifier held: the key is the field's, the browser's or the system's then.
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
        if (!canChangeSettings()) return;
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
      const marked = cardWord() ?? word;
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
            (saved) => saved && announce(strings.statusNames[status], { word: (word.querySelector('.w-plain') ?? word).textContent ?? '', about: lemma }),
          );
        },
        onGlossaryFailed,
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
  }, [rootRef, settingsRef, canChangeSettings, update, announce, changeStudy, copyParagraphsLink, strings, glossaryUrl, onGlossaryFailed]);
}
