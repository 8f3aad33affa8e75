'use client';

import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { toAnkiTsv, toCsv, type CsvHeaders, type ExportRow } from '@/lib/export';
import { deckCardsOf, sentenceText, type DeckData } from '@/lib/flashcards';
import { mergeStudy, statusOf, studyBackup, studyLemmas, unchangedWords, type StudyState, type WordStatus } from '@/lib/study';
import { fill } from '@/lib/template';
import { download } from '@/lib/download';
import { onThisSite, wordUrl } from '@/lib/urls';
import { useHydrated } from './useHydrated';
import { updateStudy, useStudy } from './useStudy';
import type { ImportProblem } from '@/lib/study-schema';

export type StudyDataStrings = Record<
  'dataHeading' | 'dataIntro' | 'exportCsv' | 'exportAnki' | 'exportJson' | 'import' | 'imported' | 'importedElsewhere' | 'importedUpToDate' | 'importedNothing' | 'importedEmpty' | 'importFailed' | 'importNotLoaded' | 'importUnlisted' | 'nothingToExport',
  string
> & {
  problems: Record<ImportProblem['problem'], string>;
  columns: CsvHeaders;
  /** The device would not store the import, which lasts on this page only. */
  unsaved: string;
};

type Props = {
  deck: DeckData;
  articleHref: string;
  strings: StudyDataStrings;
  posNames: Record<string, string>;
  statusNames: Record<WordStatus, string>;
};

/** What an import came to: merged, refused for the file's problems, or not tried since the page's script for it failed to load. */
type Outcome = { kind: 'imported'; message: string } | { kind: 'refused'; problems: ImportProblem[]; unlisted: number } | { kind: 'unloaded' };

function exportRows(deck: DeckData, state: StudyState, articleHref: string, posNames: Props['posNames'], statusNames: Props['statusNames']): ExportRow[] {
  // A saved word marked known is still one the student keeps: it leaves the cards, not the list.
  return deckCardsOf(deck, state, studyLemmas(state)).map(({ lemma, word: id }) => {
    const entry = deck.lemmas[lemma]!;
    const word = deck.words[id]!;
    const sentence = deck.sentences[word.sentence]!;
    const status = statusOf(state, lemma);
    return {
      arabic: word.surface,
      vocalized: word.vocalized,
      lemma: entry.ar,
      meanings: entry.meanings.join('; '),
      transliteration: word.translit,
      gloss: word.gloss,
      root: entry.root ?? '',
      partOfSpeech: posNames[entry.pos] ?? entry.pos,
      status: statusNames[status],
      statusKey: status,
      contextAr: sentenceText(sentence),
      contextEn: sentence.en,
      link: onThisSite(wordUrl(articleHref, id)),
    };
  });
}

/** Export of the saved words (CSV, Anki) and of the whole study state (JSON), and its import. */
export function StudyData({ deck, articleHref, strings, posNames, statusNames }: Props) {
  const hydrated = useHydrated();
  // Until the store is read it reads as empty: an export then would be an empty backup, taken for a full one.
  const { state, loaded } = useStudy();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // What an import came to is said below its button, which on a phone is often at the foot of the screen.
    if (outcome) outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  if (!hydrated) return null;

  const rows = exportRows(deck, state, articleHref, posNames, statusNames);
  const base = `jisr-${deck.slug}`;

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // The message of an import before is taken away, so that this one's is said even where it is the same
    // (the same file imported again): a live region says what is added to it, not what stays.
    setOutcome(null);
    const schema = await import('@/lib/study-schema').catch((error: Error) => error);
    // Its script failed to load (the connection dropped): say so rather than fail without a word.
    if (schema instanceof Error) return setOutcome({ kind: 'unloaded' });
    const result = await schema.importStudyFile(file);
    if (!result.ok) return setOutcome({ kind: 'refused', problems: result.problems, unlisted: result.unlisted });
    const lemmas = Object.keys(result.state.words);
    // Words this device had changed later, or held just so, stay as they were: counted apart, so that an
    // import which changed nothing does not read as if it had.
    let changed: string[] = [];
    const merged = await updateStudy((current) => {
      const next = mergeStudy(current, result.state);
      const unchanged = new Set(unchangedWords(current, next, lemmas));
      changed = lemmas.filter((lemma) => !unchanged.has(lemma));
      return next;
    });
    if (merged === 'unloaded') return setOutcome({ kind: 'unloaded' });
    if (!changed.length) {
      const message = lemmas.length ? fill(strings.importedNothing, { count: lemmas.length }) : strings.importedEmpty;
      return setOutcome({ kind: 'imported', message });
    }
    // The store is shared by every article; words of other articles are kept, and said to be elsewhere.
    const elsewhere = changed.filter((lemma) => !Object.hasOwn(deck.lemmas, lemma)).length;
    const upToDate = lemmas.length - changed.length;
    const message = [
      fill(strings.imported, { count: changed.length }),
      elsewhere > 0 && fill(strings.importedElsewhere, { count: elsewhere }),
      upToDate > 0 && fill(strings.importedUpToDate, { count: upToDate }),
      // Said beside the button too: the page's notice of it is at the top, out of sight from here.
      merged === 'unsaved' && strings.unsaved,
    ];
    setOutcome({ kind: 'imported', message: message.filter(Boolean).join(' ') });
  }

  return (
    <section aria-labelledby="study-data" className="mt-16 border-t border-rule pt-8">
      <h2 id="study-data" className="text-2xl font-semibold">
        {strings.dataHeading}
      </h2>
      <p className="mt-2 text-muted">{strings.dataIntro}</p>
      <div className="toolbar">
        <button type="button" className="chip" disabled={!loaded || !rows.length} onClick={() => download(`${base}-words.csv`, 'text/csv;charset=utf-8', toCsv(rows, strings.columns))}>
          {strings.exportCsv}
        </button>
        <button type="button" className="chip" disabled={!loaded || !rows.length} onClick={() => download(`${base}-anki.tsv`, 'text/tab-separated-values;charset=utf-8', toAnkiTsv(rows))}>
          {strings.exportAnki}
        </button>
        <button type="button" className="chip" disabled={!loaded} onClick={() => download(`jisr-study-${new Date().toLocaleDateString('en-CA')}.json`, 'application/json', studyBackup(state))}>
          {strings.exportJson}
        </button>
        <label className="chip cursor-pointer">
          {strings.import}
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            aria-invalid={outcome?.kind === 'refused' || undefined}
            aria-describedby={outcome?.kind === 'refused' ? `${id}-problems` : undefined}
            onChange={onImport}
          />
        </label>
      </div>
      {loaded && !rows.length && <p className="mt-2 text-sm text-muted">{strings.nothingToExport}</p>}
      <div ref={outcomeRef}>
        <div aria-live="polite">
          {outcome?.kind === 'imported' && <p className="notice">{outcome.message}</p>}
        </div>
        {outcome?.kind === 'unloaded' && (
          <p role="alert" className="notice">
            {strings.importNotLoaded}
          </p>
        )}
        {outcome?.kind === 'refused' && (
          <div id={`${id}-problems`} role="alert" className="notice">
            <p>{strings.importFailed}</p>
            <ul className="mt-2 list-disc ps-6 text-sm">
              {outcome.problems.map(({ path, problem }, i) => (
                <li key={i}>
                  {/* A path is the file's own keys: kept left to right, and apart, inside either language's sentence. */}
                  {path && (
                    <>
                      <bdi dir="ltr" className="font-mono text-xs">
                        {path}
                      </bdi>
                      {': '}
                    </>
                  )}
                  {strings.problems[problem]}
                </li>
              ))}
              {outcome.unlisted > 0 && <li>{fill(strings.importUnlisted, { count: outcome.unlisted })}</li>}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
