/**
 * A student's words as files to take elsewhere: a spreadsheet (CSV) or an Anki deck (TSV). A row is a
 * dictionary word (what was saved), with the form the article met it in.
 */

import type { WordStatus } from './study';

export type ExportRow = {
  /** The word as written in the article, clitics and all (لمواجهة), and vocalized there. */
  arabic: string;
  vocalized: string;
  /** Its dictionary form (مُوَاجَهَة) and that form's meanings. */
  lemma: string;
  meanings: string;
  transliteration: string;
  /** What the word means in its sentence. */
  gloss: string;
  root: string;
  partOfSpeech: string;
  /** The status's name in the interface's language. */
  status: string;
  /** Its key, which Anki's tags use from either interface. */
  statusKey: WordStatus;
  contextAr: string;
  contextEn: string;
  link: string;
};

/** The CSV columns, in order. Their headers are the interface's (messages: ExportColumns), as the values are. */
export const csvColumns = [
  'arabic', 'vocalized', 'lemma', 'meanings', 'transliteration', 'gloss', 'root', 'partOfSpeech', 'status', 'contextAr', 'contextEn', 'link',
] as const satisfies readonly (keyof ExportRow)[];
export type CsvHeaders = Record<(typeof csvColumns)[number], string>;

/** RFC 4180: quoted only when it has to be, so plain fields stay readable in a text editor. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * UTF-8 CSV for spreadsheets. The byte-order mark is what makes Excel read it as UTF-8 rather than
 * the system code page, which would garble the Arabic.
 */
export function toCsv(rows: ExportRow[], headers: CsvHeaders): string {
  const lines = [csvColumns.map((key) => headers[key]), ...rows.map((row) => csvColumns.map((key) => row[key]))];
  return '\uFEFF' + lines.map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}

/**
 * A field of Anki's tab-separated import, which reads quotes the way CSV does. Anki also skips any
 * line that starts with `#` as a comment, so such a field is quoted too.
 */
export function tsvField(value: string): string {
  return /[\t\r\n"]/.test(value) || value.startsWith('#') ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text as HTML; line breaks become `<br>` so that every note stays on one line of the file. */
const toHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r\n?|\n/g, '<br>');

/** The sentence as HTML, with the first whole-word occurrence of `word` in bold. */
function markWord(sentence: string, word: string): string {
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
  for (let i = word ? sentence.indexOf(word) : -1; i !== -1; i = sentence.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (isWordChar(sentence[i - 1]) || isWordChar(sentence[end])) continue;
    return `${toHtml(sentence.slice(0, i))}<b>${toHtml(word)}</b>${toHtml(sentence.slice(end))}`;
  }
  return toHtml(sentence);
}

/**
 * Anki's "Notes in Plain Text" import (2.1.55+ reads the `#` headers; older versions skip them as
 * comments). The front is the dictionary word and the back its meanings, then the form the article
 * used with its sense there: a card drills مُوَاجَهَة "confrontation", not لِمُوَاجَهَةِ "to confront".
 * Fields are HTML, so the word can be bold in its sentence and the Arabic set right to left.
 * Columns are named so a note type with fields Front, Back, Context and Link is
 * mapped by name; with plain Basic, Context and Link are left unmapped in the import dialog.
 * The Tags column is declared because otherwise Anki takes the first unmapped column (Context)
 * for tags.
 */
export function toAnkiTsv(rows: ExportRow[]): string {
  const header = ['#separator:tab', '#html:true', '#tags column:5', '#columns:Front\tBack\tContext\tLink\tTags'];
  const notes = rows.map((row) =>
    [
      toHtml(row.lemma || row.vocalized || row.arabic),
      [
        toHtml(row.meanings),
        `<span dir="rtl">${toHtml(row.vocalized || row.arabic)}</span> ${toHtml([row.transliteration, row.gloss && `“${row.gloss}”`].filter(Boolean).join(' '))}`,
      ]
        .filter(Boolean)
        .join('<br>'),
      (row.contextAr && `<div dir="rtl">${markWord(row.contextAr, row.arabic)}</div>`) +
        (row.contextEn && `<div>${toHtml(row.contextEn)}</div>`),
      toHtml(row.link),
      // The same tags from either interface: an export from each would otherwise tag one word twice.
      `jisr jisr::${row.statusKey}`,
    ]
      .map(tsvField)
      .join('\t'),
  );
  return [...header, ...notes].map((line) => line + '\n').join('');
}
