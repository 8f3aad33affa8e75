import type { EnglishRun, Entity, EntityMention, Paragraph, Phrase, Sentence, Token } from './model';
import type { EntitiesFile, WordsFile } from './schema';

type Problem = (path: string, message: string) => void;
type RawToken = WordsFile['tokens'][number];

/** How the tokens spell their paragraph: punctuation and spaces included. */
function rebuildText(tokens: RawToken[]): string {
  return tokens
    .map((t, i) => `${t.before ?? ''}${t.surface}${t.after ?? ''}${i < tokens.length - 1 && t.space !== false ? ' ' : ''}`)
    .join('');
}

/** Start offset of each token's surface within the rebuilt paragraph. */
function surfaceOffsets(tokens: RawToken[]): number[] {
  let offset = 0;
  return tokens.map((t) => {
    const start = offset + (t.before?.length ?? 0);
    offset = start + t.surface.length + (t.after?.length ?? 0) + (t.space !== false ? 1 : 0);
    return start;
  });
}

/** Which sentence each offset falls in, given the sentences joined by single spaces. */
function sentenceAt(sentences: { ar: string }[]): (offset: number) => number {
  const ends: number[] = [];
  let end = 0;
  for (const s of sentences) {
    end += s.ar.length;
    ends.push(end);
    end += 1;
  }
  return (offset) => Math.max(0, ends.findIndex((e) => offset < e));
}

/** Derives the paragraph's tokens, checking that they spell it exactly and name known lemmas. */
export function deriveTokens(
  paragraph: Paragraph,
  file: WordsFile,
  lemmaExists: (id: string) => boolean,
  problem: Problem,
): Token[] {
  if (file.paragraph !== paragraph.n) problem('paragraph', `is ${file.paragraph}, but this file is for paragraph ${paragraph.n}`);
  const rebuilt = rebuildText(file.tokens);
  const offsets = surfaceOffsets(file.tokens);
  if (rebuilt !== paragraph.ar) {
    let at = 0;
    while (at < rebuilt.length && rebuilt[at] === paragraph.ar[at]) at++;
    // The token whose text (its punctuation before, word, punctuation after and space) holds that character.
    const token = Math.max(0, offsets.findLastIndex((start, i) => start - (file.tokens[i]!.before?.length ?? 0) <= at));
    // With the character's code point: a no-break space, a tatweel or a direction mark looks like nothing, or like
    // what it replaced.
    const from = (text: string) =>
      text.length > at ? `"${text.slice(at, at + 12)}" (U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')} first)` : 'nothing more';
    problem(
      `tokens[${token}]`,
      `do not rebuild paragraph ${paragraph.n} from character ${at}: the paragraph has ${from(paragraph.ar)} there, the tokens ${from(rebuilt)}`,
    );
  }
  const sentenceOf = sentenceAt(paragraph.sentences);
  return file.tokens.map((raw, i) => {
    const lemma = 'lemma' in raw ? raw.lemma : null;
    if (lemma && !lemmaExists(lemma)) problem(`tokens[${i}].lemma`, `no lemma "${lemma}" in content/lexicon.json`);
    return {
      id: `w${paragraph.n}-${i + 1}`,
      paragraph: paragraph.n,
      position: i + 1,
      sentence: sentenceOf(offsets[i] ?? 0),
      surface: raw.surface,
      before: raw.before ?? '',
      after: raw.after ?? '',
      space: raw.space !== false,
      numeral: 'numeral' in raw,
      vocalized: 'vocalized' in raw ? raw.vocalized : raw.surface,
      translit: 'translit' in raw ? raw.translit : null,
      gloss: raw.gloss,
      segments: 'segments' in raw ? raw.segments : [],
      lemma,
      phrases: [],
      entities: [],
    };
  });
}

export function derivePhrases(paragraph: Paragraph, file: WordsFile): Phrase[] {
  return file.phrases.map((p, i) => {
    const tokens = paragraph.tokens.slice(p.from - 1, p.to);
    const phrase = {
      id: `ph${paragraph.n}-${i + 1}`,
      paragraph: paragraph.n,
      tokens: tokens.map((t) => t.id),
      ar: tokens.map((t) => t.surface).join(' '),
      gloss: p.gloss,
    };
    for (const t of tokens) t.phrases.push(phrase.id);
    return phrase;
  });
}

/** Letters a mention may carry in front of the name: conjunctions and prepositions written as one word with it. */
const attachedClitics = /^[وفبلك]{0,2}$/;

/**
 * Places every mention: Arabic ones on their tokens, English ones at their occurrence in the
 * paragraph's translation, which must lie within one sentence. Returns the entities with their
 * mentions in reading order, and tags tokens and English runs along the way.
 */
export function placeEntities(
  file: EntitiesFile,
  paragraphs: Paragraph[],
  problem: Problem,
  /** Paragraphs whose words file could not be read: their Arabic mentions cannot be checked yet. */
  unreadWords: ReadonlySet<number> = new Set(),
): Record<string, Entity> {
  const entities: Record<string, Entity> = {};
  for (const e of file.entities) {
    entities[e.id] = { ...e, country: e.country ?? null, mentions: [] };
  }
  const englishSpans = new Map<Sentence, { start: number; end: number; entity: string; anchor: string }[]>();
  // Mentions come in the file's order, which may list an inner name (غزة) before the phrase around it
  // (الحرب على غزة): each token's entities are put outermost first once all are placed, as in English.
  const arabicMentions = new Map<Token, { entity: string; words: number }[]>();
  /** Where each English mention starts in its paragraph: they are put in reading order by it, not by the file's. */
  const englishAt = new Map<EntityMention, number>();
  /** Each mention once: listed twice, it was counted and stepped to twice. */
  const listed = new Set<string>();

  file.mentions.forEach((m, i) => {
    const key = JSON.stringify([m.entity, m.lang, m.paragraph, m.lang === 'ar' ? m.word : m.occurrence, m.text]);
    if (listed.has(key)) {
      problem(`mentions[${i}]`, `"${m.text}" is listed already, in the same place`);
      return;
    }
    listed.add(key);
    const paragraph = paragraphs[m.paragraph];
    const entity = entities[m.entity];
    if (!paragraph || !entity) {
      if (!paragraph) problem(`mentions[${i}].paragraph`, `there is no paragraph ${m.paragraph}`);
      return;
    }
    if (m.lang === 'ar') {
      if (unreadWords.has(m.paragraph)) return;
      const last = m.word - 1 + m.words;
      if (last > paragraph.tokens.length) {
        const at = m.words > 1 ? `words ${m.word}–${last}` : `word ${m.word}`;
        problem(`mentions[${i}]`, `"${m.text}" is given at ${at}, but paragraph ${m.paragraph} has ${paragraph.tokens.length} words`);
        return;
      }
      const tokens = paragraph.tokens.slice(m.word - 1, last);
      // As written between its words, punctuation and all: دمشق وعاد is not دمشق. وعاد.
      const spelled = tokens.map((t, k) => (k > 0 ? t.before : '') + t.surface + (k < tokens.length - 1 ? t.after + (t.space ? ' ' : '') : '')).join('');
      const prefix = spelled.endsWith(m.text) ? spelled.slice(0, spelled.length - m.text.length) : null;
      if (prefix === null || !attachedClitics.test(prefix)) {
        problem(`mentions[${i}]`, `"${m.text}" is not at paragraph ${m.paragraph}, word ${m.word} (found "${spelled}")`);
        return;
      }
      if (tokens.some((t) => t.sentence !== tokens[0]!.sentence)) {
        problem(`mentions[${i}]`, `"${m.text}" crosses a sentence boundary in paragraph ${m.paragraph}`);
        return;
      }
      for (const t of tokens) arabicMentions.set(t, [...(arabicMentions.get(t) ?? []), { entity: m.entity, words: m.words }]);
      entity.mentions.push({ lang: 'ar', paragraph: m.paragraph, anchor: tokens[0]!.id, words: tokens.map((t) => t.id), text: m.text });
      return;
    }
    const at = wholeWordAt(paragraph.en, m.text, m.occurrence);
    if (at < 0) {
      const times = m.occurrence === 1 ? '' : `${m.occurrence} times `;
      problem(`mentions[${i}]`, `"${m.text}" does not occur ${times}as a word of its own in the English of paragraph ${m.paragraph}`);
      return;
    }
    let sentenceStart = 0;
    const sentence = paragraph.sentences.find((s) => {
      const inside = at >= sentenceStart && at + m.text.length <= sentenceStart + s.en.length;
      if (!inside) sentenceStart += s.en.length + 1;
      return inside;
    });
    if (!sentence) {
      problem(`mentions[${i}]`, `"${m.text}" crosses a sentence boundary in paragraph ${m.paragraph}`);
      return;
    }
    const anchor = `en${m.paragraph}-${i + 1}`;
    const spans = englishSpans.get(sentence) ?? [];
    spans.push({ start: at - sentenceStart, end: at - sentenceStart + m.text.length, entity: m.entity, anchor });
    englishSpans.set(sentence, spans);
    const mention: EntityMention = { lang: 'en', paragraph: m.paragraph, anchor, words: [], text: m.text };
    englishAt.set(mention, at);
    entity.mentions.push(mention);
  });

  for (const [token, mentions] of arabicMentions) token.entities = mentions.sort((a, b) => b.words - a.words).map((m) => m.entity);
  for (const [sentence, spans] of englishSpans) sentence.englishRuns = splitRuns(sentence.en, spans);
  const readingOrder = (a: EntityMention, b: EntityMention): number => {
    if (a.lang !== b.lang) return a.lang === 'ar' ? -1 : 1;
    if (a.paragraph !== b.paragraph) return a.paragraph - b.paragraph;
    if (a.lang === 'en') return englishAt.get(a)! - englishAt.get(b)!;
    return a.anchor.localeCompare(b.anchor, 'en', { numeric: true });
  };
  for (const entity of Object.values(entities)) entity.mentions.sort(readingOrder);
  return entities;
}

const wordCharacter = /[\p{L}\p{M}\p{N}]/u;

/**
 * Where the `occurrence`th (from 1) of `text` stands as a word of its own in `english`, or -1: "Iraq" in
 * "Iraqi" is not counted, so a mention can neither light part of a word nor be numbered by one.
 */
export function wholeWordAt(english: string, text: string, occurrence: number): number {
  let seen = 0;
  for (let at = english.indexOf(text); at >= 0; at = english.indexOf(text, at + 1)) {
    const joined = wordCharacter.test(english[at - 1] ?? '') || wordCharacter.test(english[at + text.length] ?? '');
    if (!joined && ++seen === occurrence) return at;
  }
  return -1;
}

/** Cuts a sentence at every mention boundary; each run lists the mentions covering it, outermost first. */
function splitRuns(text: string, spans: { start: number; end: number; entity: string; anchor: string }[]): EnglishRun[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const runs: EnglishRun[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    runs.push({ text: text.slice(start, end), entities: covering.map((s) => s.entity), mentions: covering.map((s) => s.anchor) });
  }
  return runs;
}
