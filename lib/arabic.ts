/**
 * Spelling-insensitive forms of text for search: a reader types Arabic without diacritics, with
 * whichever alef or hamza their keyboard gives, and English without accents. Both the query and the
 * text go through the same function, so anything dropped here is dropped on both sides.
 */

/**
 * Diacritics (harakat, superscript alef, Quranic marks), tatweel, zero-width characters and bidi
 * controls: none of them changes which word is written.
 */
const invisible = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/**
 * Letters written differently for the same word. Hamza on a carrier becomes the bare carrier (ؤ → و,
 * ئ → ي), as when a writer leaves the hamza out, just as أ إ آ ٱ become ا. This does not bring
 * the two accepted spellings مسؤول and مسئول together: their carriers differ.
 * Persian yeh and keheh are what an Arabic word typed on a Persian keyboard contains.
 */
const letterVariants: Record<string, string> = {
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ؤ: 'و', ئ: 'ي', ى: 'ي', ی: 'ي', ة: 'ه', ک: 'ك',
};

/** Arabic-Indic (٠…٩) and Extended Arabic-Indic (۰…۹) digits as ASCII digits. */
export function westernDigits(text: string): string {
  // Both blocks start at a multiple of 16, so the low four bits are the digit's value.
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/**
 * Arabic presentation forms (ﻻ, ﺍﻟ): the shapes a letter takes in a word, as some PDFs and old fonts encode
 * them, copied from there into the box. Only these are folded to the letters they show; all of NFKC would
 * also turn the article's "…" into three full stops, and move every offset after it.
 */
const presentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFF]/g;

/** The form of Arabic (or mixed) text that search compares. */
export function normalizeArabic(text: string): string {
  const plain = text.normalize('NFC').replace(presentationForms, (form) => form.normalize('NFKC')).replace(invisible, '');
  return westernDigits(plain.replace(/[أإآٱؤئىیةک]/g, (c) => letterVariants[c]!))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** ʿayn and hamza as transliterations write them, and the apostrophes that stand in for them. */
const apostrophes = /[ʿʾʻʼ‘’']/g;
/** Curly double quotes, which the translation uses, as the straight one a keyboard types. */
const doubleQuotes = /[“”„‟]/g;
/** Accents once decomposed, and invisible format characters such as soft hyphens and bidi marks. */
const ignorable = /[\p{M}\p{Cf}]/gu;

/**
 * Latin text folded one character at a time, each folded character remembering where in `text` it
 * came from, so a match found in the folded text can be shown in the original.
 */
export function foldLatin(text: string): { folded: string; origins: number[] } {
  let folded = '';
  const origins: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = /\s/.test(char)
      ? (folded === '' || folded.endsWith(' ') ? '' : ' ')
      : char.normalize('NFD').toLowerCase().replace(ignorable, '').replace(apostrophes, '').replace(doubleQuotes, '"');
    folded += out;
    for (let i = 0; i < out.length; i++) origins.push(index);
    index += char.length;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    origins.pop();
  }
  return { folded, origins };
}

/** The form of English text and transliterations that search compares: no case, accents or apostrophes. */
export function normalizeLatin(text: string): string {
  return foldLatin(text).folded;
}
