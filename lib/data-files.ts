import { contentHash } from './content-hash';
import type { Article } from './content/model';
import { glossaryOf } from './glossary';
import { formatParagraphRange, type ParagraphRange } from './paragraph-range';
import { searchIndexOf } from './search';

/**
 * The JSON the reader fetches when first needed (app/data/[file]/route.ts serves it): the word card's
 * glossary, of the whole article or of one part of a long one, and the search index. Each is named after a
 * hash of its content, as the link preview pictures are, so a page open in a tab across a redeploy never
 * fetches the new build's data for its old words: the old name answers 404, and the card says it could
 * not be loaded.
 */
export type DataFile = { path: string; json: string };

// Made once per article and file, on first use: a paragraph's page is rendered per request.
const made = new WeakMap<Article, Map<string, DataFile>>();

function dataFile(article: Article, stem: string, content: () => unknown): DataFile {
  let files = made.get(article);
  if (!files) made.set(article, (files = new Map()));
  let file = files.get(stem);
  if (!file) {
    const json = JSON.stringify(content());
    file = { path: `/data/${article.slug}${stem}.${contentHash(json)}.json`, json };
    files.set(stem, file);
  }
  return file;
}

/** `/data/{slug}.{hash}.json`, or `/data/{slug}.{from}-{to}.{hash}.json` for one part of a long article. */
export const glossaryFile = (article: Article, part?: ParagraphRange | null) =>
  dataFile(article, part ? `.${formatParagraphRange(part)}` : '', () => glossaryOf(article, part ?? undefined));

/** `/data/{slug}.search.{hash}.json`. */
export const searchIndexFile = (article: Article) => dataFile(article, '.search', () => searchIndexOf(article));

/** Every data file of the article, the parts' glossaries only when it has more than one part. */
export function dataFilesOf(article: Article): DataFile[] {
  const parts = article.parts.length > 1 ? article.parts : [];
  return [glossaryFile(article), ...parts.map((part) => glossaryFile(article, part)), searchIndexFile(article)];
}
