/** The typed model that pages and components receive. Derived by the loader; never read from disk directly. */

export type Bilingual = { ar: string; en: string };

export type Sentence = Bilingual & { index: number };

export type Paragraph = {
  /** 0 for the headline, 1…n for the body. */
  n: number;
  /** The element id and URL fragment: `p7`. */
  anchor: string;
  ar: string;
  en: string;
  sentences: Sentence[];
};

export type SourceNote = Bilingual & { paragraph: number };

export type Article = {
  slug: string;
  headline: Paragraph;
  source: Bilingual;
  notes: SourceNote[];
  paragraphs: Paragraph[];
};

export type Library = {
  articles: Article[];
  article(slug: string): Article | undefined;
};
