import { foldLatin, normalizeArabic, normalizeLatin, westernDigits } from './arabic';
import type { Article } from './content/model';
import { allParagraphs } from './content/paragraphs';

/** What search needs of an article: small enough to send to the browser. */
export type SearchIndex = {
  paragraphs: {
    n: number;
    anchor: string;
    tokens: {
      id: string;
      surface: string;
      lemma: string | null;
      stem: string;
      /** Where a word may begin in the normalized surface: at 0 and after each proclitic (و|ب|ال|…). */
      starts: number[];
      /** Where the article stands in the normalized surface when the spelling fuses it (لِ + الْ is لل): its ل. */
      article?: number;
      /** Punctuation written against the word (“ ( … ، .), where there is any: results quote the text as it is. */
      before?: string;
      after?: string;
      /** No space follows (the first half of العربي-الصيني). */
      joined?: true;
    }[];
    en: string;
  }[];
  /** Lemma id → its citation form, vocalized. */
  lemmas: Record<string, { ar: string }>;
};

type IndexParagraph = SearchIndex['paragraphs'][number];

/** A paragraph's text in the forms search compares. */
type Compared = {
  /** Each token's stem, normalized. */
  stems: string[];
  /** Each token's surface, normalized, joined by single spaces (so a query of several words can span tokens), and where each starts. */
  joined: string;
  offsets: number[];
  english: ReturnType<typeof foldLatin>;
};

// Worked out once per paragraph, not at each keystroke: on a long article that was most of a search's time.
const comparedForms = new WeakMap<IndexParagraph, Compared>();

function compared(paragraph: IndexParagraph): Compared {
  let forms = comparedForms.get(paragraph);
  if (!forms) {
    const words = paragraph.tokens.map((t) => normalizeArabic(t.surface));
    const offsets: number[] = [];
    let joined = '';
    for (const word of words) {
      offsets.push(joined.length + (joined ? 1 : 0));
      joined += (joined ? ' ' : '') + word;
    }
    const stems = paragraph.tokens.map((t) => normalizeArabic(t.stem));
    forms = { stems, joined, offsets, english: foldLatin(paragraph.en) };
    comparedForms.set(paragraph, forms);
  }
  return forms;
}

export function searchIndexOf(article: Article): SearchIndex {
  return {
    paragraphs: allParagraphs(article).map((p) => ({
      n: p.n,
      anchor: p.anchor,
      tokens: p.tokens.map((t) => ({
        id: t.id,
        surface: t.surface,
        lemma: t.lemma,
        stem: t.segments.find((s) => s.role === 'stem')?.text ?? t.surface,
        starts: procliticEnds(t.segments),
        ...fusedArticle(t.segments),
        ...(t.before && { before: t.before }),
        ...(t.after && { after: t.after }),
        ...(!t.space && { joined: true as const }),
      })),
      en: p.en,
    })),
    lemmas: Object.fromEntries(Object.values(article.lemmas).map((l) => [l.id, { ar: l.ar }])),
  };
}

function procliticEnds(segments: { text: string; role: string }[]): number[] {
  const starts = [0];
  let offset = 0;
  for (const segment of segments) {
    if (segment.role !== 'proclitic') break;
    offset += normalizeArabic(segment.text).length;
    starts.push(offset);
  }
  return starts;
}

/** The article's place in a word that writes لِ + الْ as لل: the second ل, a proclitic straight after the first. */
function fusedArticle(segments: { text: string; role: string }[]): { article?: number } {
  let offset = 0;
  let previous = '';
  for (const segment of segments) {
    if (segment.role !== 'proclitic') break;
    const text = normalizeArabic(segment.text);
    if (text === 'ل' && previous === 'ل') return { article: offset };
    offset += text.length;
    previous = text;
  }
  return {};
}

/** Where a match is: enough to count and mark it. Its words in context are `quoteOf`'s. */
export type SearchHit = {
  paragraph: number;
  anchor: string;
  lang: 'ar' | 'en';
  /** ar: matched token ids (for highlighting in the reader); en: []. */
  tokens: string[];
  /** en: where the match starts and ends in the paragraph's English, which the reader's pane holds as its text. */
  start?: number;
  end?: number;
};

/** The words (ar) or text (en) around a match, split so the UI can mark the match. */
export type Quote = { before: string; match: string; after: string };

const MAX_QUERY_LENGTH = 100;
const CONTEXT_WORDS = 6;
const CONTEXT_CHARS = 60;
const arabicLetter = /(?=\p{Script=Arabic})\p{L}/u;
const latinLetter = /\p{Script=Latin}/u;

/**
 * Finds a query in both panes, in reading order, one hit per occurrence: a paragraph's Arabic hits, then
 * its English ones.
 * Arabic is matched on the words of the annotation, so an unannotated paragraph has no Arabic hits.
 */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const trimmed = query.trim();
  if (!trimmed || trimmed.length > MAX_QUERY_LENGTH) return [];
  const arabic = arabicLetter.test(trimmed);
  // Digits alone (2024 or ٢٠٢٤) are looked for in both panes: both write years and counts. The Arabic is
  // compared word by word, without the punctuation written against its words, so the query's punctuation
  // separates words too: a phrase pasted from the text (الإرهاب، والتحديات, العربي-الصيني) is found. Not
  // between digits, where it is part of a number (٣٫٥, 2,000).
  const arabicQuery = arabic || !latinLetter.test(trimmed) ? normalizeArabic(trimmed.replace(/(?<!\p{Nd})[\p{P}\p{S}]+|[\p{P}\p{S}]+(?!\p{Nd})/gu, ' ')) : '';
  const englishQuery = arabic ? '' : normalizeLatin(westernDigits(trimmed));
  // A word asked for with the article names its lemma as well as without: المصالحة finds مصالحة's forms. By
  // a word's stem only, three letters or more: the ال of الآن is no article, and آن is no lemma's citation form.
  const bare = /^ال\S{3}/.test(arabicQuery) ? arabicQuery.slice(2) : null;
  const lemmas = arabicQuery && !arabicQuery.includes(' ') ? lemmasMatching(index, arabicQuery, bare) : new Set<string>();

  const hits: SearchHit[] = [];
  for (const paragraph of index.paragraphs) {
    if (arabicQuery) hits.push(...arabicHitsIn(paragraph, arabicQuery, lemmas));
    if (englishQuery) hits.push(...englishHitsIn(paragraph, englishQuery));
  }
  return hits;
}

/**
 * The lemmas a one-word query names: by their citation form (ذكر finds وذكرت), or by the stem of
 * one of their words (علاقات finds العلاقة, and every other form of that lemma).
 */
function lemmasMatching(index: SearchIndex, query: string, bare: string | null): Set<string> {
  const ids = new Set(citationForms(index).get(query));
  for (const paragraph of index.paragraphs) {
    const { stems } = compared(paragraph);
    paragraph.tokens.forEach((token, i) => token.lemma && (stems[i] === query || stems[i] === bare) && ids.add(token.lemma));
  }
  return ids;
}

// Like the paragraphs' forms, the lexicon's are normalized once, not at each keystroke.
const citationFormsOf = new WeakMap<SearchIndex['lemmas'], Map<string, string[]>>();

/** Each normalized citation form → the lemmas written so, which may be several (عقد: the verb عَقَدَ and the noun عَقْد). */
function citationForms(index: SearchIndex): Map<string, string[]> {
  let forms = citationFormsOf.get(index.lemmas);
  if (!forms) {
    forms = new Map();
    for (const [id, lemma] of Object.entries(index.lemmas)) {
      const form = normalizeArabic(lemma.ar);
      forms.set(form, [...(forms.get(form) ?? []), id]);
    }
    citationFormsOf.set(index.lemmas, forms);
  }
  return forms;
}

/** One hit per occurrence, as in the English: the tokens it covers. */
function arabicHitsIn(paragraph: IndexParagraph, query: string, lemmas: Set<string>): SearchHit[] {
  const { tokens } = paragraph;
  const { stems, joined, offsets } = compared(paragraph);
  /** Each match's first and last token. */
  const matches: [number, number][] = [];
  tokens.forEach((token, i) => {
    const matchAt = (at: number, text: string) => {
      if (!joined.startsWith(text, at)) return;
      let last = i;
      while (last + 1 < offsets.length && offsets[last + 1]! < at + text.length) last++;
      matches.push([i, last]);
    };
    // A match begins where a word does, after its proclitics: زار finds وزار, not وزارية. Its end may
    // fall inside a word, for a query still being typed.
    for (const start of token.starts) matchAt(offsets[i]! + start, query);
    // And where the spelling fuses the article the query writes: التصدي is in للتصدي, its ا not written.
    if (token.article !== undefined && query.startsWith('ال')) matchAt(offsets[i]! + token.article, query.slice(1));
    if ((token.lemma && lemmas.has(token.lemma)) || (!query.includes(' ') && stems[i] === query)) matches.push([i, i]);
  });

  // Matches that overlap are one, so no word is listed twice: في في twice in في في في, or a word found
  // both as written and by its lemma.
  const ranges: [number, number][] = [];
  for (const [from, to] of matches.sort(([a], [b]) => a - b)) {
    const last = ranges.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }

  return ranges.map(([from, to]) => ({
    paragraph: paragraph.n,
    anchor: paragraph.anchor,
    lang: 'ar',
    tokens: tokens.slice(from, to + 1).map((t) => t.id),
  }));
}

/** One hit per occurrence: where it starts and ends in the paragraph's own English text. */
function englishHitsIn(paragraph: IndexParagraph, query: string): SearchHit[] {
  const { folded, origins } = compared(paragraph).english;
  const hits: SearchHit[] = [];
  for (let i = folded.indexOf(query); i !== -1; i = folded.indexOf(query, i + query.length)) {
    hits.push({
      paragraph: paragraph.n,
      anchor: paragraph.anchor,
      lang: 'en',
      tokens: [],
      start: origins[i]!,
      end: endOfCharAt(paragraph.en, origins[i + query.length - 1]!),
    });
  }
  return hits;
}

/**
 * A match in its context, asked for only for the matches a list shows: a letter can match thousands of
 * times in a long article, and quoting each of them at every keystroke was half of the search's time.
 */
export function quoteOf(index: SearchIndex, hit: SearchHit): Quote {
  const paragraph = index.paragraphs.find((p) => p.n === hit.paragraph)!;
  if (hit.lang === 'en') return quoteEnglish(paragraph.en, hit.start!, hit.end!);
  const from = paragraph.tokens.findIndex((t) => t.id === hit.tokens[0]);
  return quoteArabic(paragraph.tokens, from, from + hit.tokens.length - 1);
}

/** About six words each side, as written, with their punctuation; the mark covers the matched words, not their brackets. */
function quoteArabic(tokens: IndexParagraph['tokens'], from: number, to: number): Quote {
  const start = Math.max(0, from - CONTEXT_WORDS);
  const end = Math.min(tokens.length, to + 1 + CONTEXT_WORDS);
  // Each token as written, with the space after it unless none follows (العربي-الصيني is one word on the page).
  const written = tokens
    .slice(start, end)
    .map((t, i) => (t.before ?? '') + t.surface + (t.after ?? '') + (t.joined || start + i === end - 1 ? '' : ' '));
  const first = written[from - start]!;
  const last = written[to - start]!;
  const opening = (tokens[from]!.before ?? '').length;
  const closing = last.length - (tokens[to]!.after ?? '').length - (last.endsWith(' ') ? 1 : 0);
  const match = written.slice(from - start, to - start + 1).join('');
  // The mark covers the words, not the brackets or quotes around them.
  const matchEnd = match.length - (last.length - closing);
  return {
    before: (start > 0 ? '… ' : '') + written.slice(0, from - start).join('') + first.slice(0, opening),
    match: match.slice(opening, matchEnd),
    after: match.slice(matchEnd) + written.slice(to - start + 1).join('') + (end < tokens.length ? ' …' : ''),
  };
}

/** About 60 characters each side, cut where words begin and end, with an ellipsis where the paragraph goes on, as the Arabic's. */
function quoteEnglish(text: string, start: number, end: number): Quote {
  const from = wordStartAfter(text, Math.max(0, start - CONTEXT_CHARS), start);
  const to = wordEndBefore(text, Math.min(text.length, end + CONTEXT_CHARS), end);
  return {
    before: (from > 0 ? '… ' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? ' …' : ''),
  };
}

/** Just past the character at `index`, with the accents that may follow it when the text is decomposed. */
function endOfCharAt(text: string, index: number): number {
  let end = index + String.fromCodePoint(text.codePointAt(index)!).length;
  while (end < text.length && /\p{M}/u.test(text[end]!)) end++;
  return end;
}

/** `from`, moved forward to the start of a word, but not past `limit`. */
function wordStartAfter(text: string, from: number, limit: number): number {
  if (from === 0 || /\s/.test(text[from - 1]!)) return from;
  const space = text.slice(from, limit).search(/\s/);
  return space === -1 ? limit : from + space + 1;
}

/** `to`, moved back to the end of a word, but not before `limit`. */
function wordEndBefore(text: string, to: number, limit: number): number {
  if (to === text.length || /\s/.test(text[to]!)) return to;
  const space = text.slice(limit, to).search(/\s\S*$/);
  return space === -1 ? limit : limit + space;
}
