/**
 * Notes written in one language quote the other: Arabic words in an English note, English
 * renderings in an Arabic one. Left to the bidi algorithm, the punctuation at a quoted run's edges
 * takes the note's direction, so an ellipsis that ends an Arabic phrase is drawn at its start.
 * Marking each run of the other script lets the page isolate it, its own ellipses included.
 */

export type ScriptRun = { text: string; lang?: 'ar' | 'en' };

const arabic = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
const latin = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\u02B0-\\u02FF';

/**
 * A phrase in the other script: its words with the spaces and ellipses between them, ending on a
 * letter or an ellipsis, never on the note's own punctuation. Latin words keep their apostrophes and hyphens.
 */
const otherScript = {
  en: new RegExp(`[${arabic}](?:[${arabic}\\s…]*[${arabic}…])?`, 'g'),
  ar: new RegExp(`[${latin}](?:[${latin}'’\\-\\s…]*[${latin}…])?`, 'g'),
};

/** Splits a note in `lang` into its own text and the runs quoted in the other language. */
export function scriptRuns(text: string, lang: 'en' | 'ar'): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let end = 0;
  for (const match of text.matchAll(otherScript[lang])) {
    if (match.index > end) runs.push({ text: text.slice(end, match.index) });
    runs.push({ text: match[0], lang: lang === 'en' ? 'ar' : 'en' });
    end = match.index + match[0].length;
  }
  if (end < text.length) runs.push({ text: text.slice(end) });
  return runs;
}
