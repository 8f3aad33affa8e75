/** The typed model that pages and components receive. Derived by the loader; never read from disk directly. */
import type { ParagraphRange } from '../paragraph-range';
import type { entityTypes, Lemma as LexiconEntry, partsOfSpeech, verbForms } from './schema';

export type Bilingual = { ar: string; en: string };
export type PartOfSpeech = (typeof partsOfSpeech)[number];
export type VerbForm = (typeof verbForms)[number];
export type EntityType = (typeof entityTypes)[number];

export type Segment = {
  text: string;
  vocalized: string;
  role: 'proclitic' | 'stem' | 'enclitic';
  gloss: string;
  note?: string;
};

/** One whitespace-separated Arabic word (or numeral) of a paragraph, with its analysis in context. */
export type Token = {
  /** `w{paragraph}-{position}`: the element id and URL fragment. */
  id: string;
  paragraph: number;
  /** 1-based place in the paragraph. */
  position: number;
  /** Index of the sentence it belongs to. */
  sentence: number;
  surface: string;
  before: string;
  after: string;
  /** Whether a space follows (false inside العربي-الصيني). */
  space: boolean;
  numeral: boolean;
  vocalized: string;
  translit: string | null;
  gloss: string;
  segments: Segment[];
  lemma: string | null;
  /** Ids of the phrases (multi-word expressions) it belongs to. */
  phrases: string[];
  /** Ids of the entities it is part of a mention of, outermost first. */
  entities: string[];
};

/** A stretch of an English sentence, tagged with the entities whose mention covers it. */
export type EnglishRun = {
  text: string;
  entities: string[];
  /** Anchors of the mentions covering this run, outermost first: a mention with a name inside spans several runs. */
  mentions: string[];
};

export type Sentence = Bilingual & { index: number; englishRuns: EnglishRun[] };

export type Paragraph = {
  /** 0 for the headline, 1…n for the body. */
  n: number;
  /** The element id and URL fragment: `p7`. */
  anchor: string;
  ar: string;
  en: string;
  sentences: Sentence[];
  /** Empty while an article is not annotated yet. */
  tokens: Token[];
};

export type SourceNote = Bilingual & { paragraph: number };

/** A lexicon entry, as its schema reads it: the schema's descriptions say what each field holds. */
export type Lemma = LexiconEntry;

/** A lemma as it occurs in one article: its tokens, in reading order. */
export type ArticleLemma = Lemma & { occurrences: string[] };

export type Phrase = { id: string; paragraph: number; tokens: string[]; ar: string; gloss: string };

/**
 * Where an entity is named: an Arabic mention's first word, or an English mention's id, which every run of
 * the English it covers carries. `words` are an Arabic mention's words, all marked when the index steps to
 * it; an English mention has none.
 */
export type EntityMention = { lang: 'ar' | 'en'; paragraph: number; anchor: string; words: string[]; text: string };

export type Entity = {
  id: string;
  type: EntityType;
  name: Bilingual;
  translit: string;
  description: Bilingual;
  country: string | null;
  /** In reading order: Arabic mentions, then English ones. */
  mentions: EntityMention[];
};

export type Article = {
  slug: string;
  headline: Paragraph;
  source: Bilingual;
  notes: SourceNote[];
  paragraphs: Paragraph[];
  /** The runs of paragraphs read one page at a time (lib/content/parts.ts); one part for most articles. */
  parts: ParagraphRange[];
  /** True when every paragraph has its word annotation. */
  annotated: boolean;
  lemmas: Record<string, ArticleLemma>;
  phrases: Record<string, Phrase>;
  entities: Record<string, Entity>;
  /** Link preview pictures (lib/content/card-image.ts) by the paragraph they show, 0 the headline, where `npm run cards` has drawn them. */
  cardImages: ReadonlyMap<number, CardImage>;
};

/**
 * `name` is the file's name in the article's folder, `file` its path on disk, read when the page is built,
 * and `shown` the text the picture shows in each language, its alt text.
 */
export type CardImage = { name: string; file: string; shown: Bilingual };

export type Library = {
  articles: Article[];
  article(slug: string): Article | undefined;
  /** The articles with word annotation, as route params: only they have study pages. */
  annotatedSlugs(): { slug: string }[];
  lexicon: Record<string, Lemma>;
};
