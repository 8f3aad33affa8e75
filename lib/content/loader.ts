import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { deriveTokens, derivePhrases, placeEntities } from './annotation';
import { ContentError, issuesToProblems } from './errors';
import { CARD_PATTERN, cardSubjects, readCard } from './card-image';
import type { Article, ArticleLemma, CardImage, Lemma, Library, Paragraph } from './model';
import { articleFileSchema, entitiesFileSchema, lexiconFileSchema, wordsFileSchema, type ArticleFile } from './schema';
import { allParagraphs } from './paragraphs';
import { partsOf } from './parts';
import { paragraphId } from '../urls';

/**
 * The one way content enters Jisr. Every article folder under `<root>/articles/` holds
 * `source.ar.txt` (the Arabic as received: headline, then one paragraph a line) and
 * `article.json` (translation, alignment and notes). Everything is validated, cross-checked
 * against the source text, and derived into the model in ./model.ts.
 */
export function loadLibrary(root: string): Library {
  const articlesDir = path.join(root, 'articles');
  const problems: string[] = [];
  const articles: Article[] = [];
  const lexicon = loadLexicon(path.join(root, 'lexicon.json'), problems);

  for (const slug of articleSlugs(articlesDir)) {
    const dir = path.join(articlesDir, slug);
    const article = loadArticle(dir, slug, lexicon, problems);
    if (article) articles.push(article);
  }
  if (problems.length || !lexicon) throw new ContentError(problems);

  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    articles,
    article: (slug) => bySlug.get(slug),
    annotatedSlugs: () => articles.filter((a) => a.annotated).map((a) => ({ slug: a.slug })),
    lexicon,
  };
}

/** The article folders, in order. Folders only: a file beside them (the .DS_Store a Mac's Finder leaves) is not an article. */
export function articleSlugs(articlesDir: string): string[] {
  const folders = readdirSync(articlesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return folders.map((entry) => entry.name).sort();
}

function parseFile<T extends z.ZodType>(file: string, schema: T, problems: string[]): z.infer<T> | undefined {
  const raw = readJson(file, problems);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...issuesToProblems(display(file), parsed.error, raw));
  return undefined;
}

/** The lexicon by lemma id; undefined when the file is unreadable, whose own problems are then reported. */
function loadLexicon(file: string, problems: string[]): Record<string, Lemma> | undefined {
  const parsed = parseFile(file, lexiconFileSchema, problems);
  return parsed && Object.fromEntries(parsed.lemmas.map(({ id, ...lemma }) => [id, { id, ...lemma }]));
}

function display(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * JSON.parse's message on one line (on Node 20 it quotes the text, newlines and all), with the line and column
 * where it stopped: V8 gives them from Node 21 on, and a character position before that.
 */
function jsonErrorText(text: string, error: Error): string {
  const message = error.message.replace(/\s+/g, ' ');
  const position = /at position (\d+)/.exec(message);
  if (!position || / \(line \d+ column \d+\)/.test(message)) return message;
  const before = text.slice(0, Number(position[1])).split('\n');
  return `${message} (line ${before.length} column ${before.at(-1)!.length + 1})`;
}

function readJson(file: string, problems: string[]): unknown {
  if (!existsSync(file)) {
    problems.push(`${display(file)}: file is missing`);
    return undefined;
  }
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push(`${display(file)}: not valid JSON (${jsonErrorText(text, e as Error)})`);
    return undefined;
  }
}

function loadArticle(dir: string, slug: string, lexicon: Record<string, Lemma> | undefined, problems: string[]): Article | undefined {
  const jsonFile = path.join(dir, 'article.json');
  const sourceFile = path.join(dir, 'source.ar.txt');
  const file = parseFile(jsonFile, articleFileSchema, problems);
  if (!file) return undefined;
  const where = display(jsonFile);
  if (file.slug !== slug) problems.push(`${where}: slug: "${file.slug}" does not match its folder "${slug}"`);

  if (!existsSync(sourceFile)) {
    problems.push(`${display(sourceFile)}: file is missing`);
    return undefined;
  }
  const text = readFileSync(sourceFile, 'utf8');
  // Said as what they are: otherwise every line "differs" from article.json, and nothing says why.
  if (text.startsWith('\uFEFF')) problems.push(`${display(sourceFile)}: starts with a byte-order mark; save it as UTF-8 without one`);
  if (text.includes('\r')) problems.push(`${display(sourceFile)}: has Windows line endings (CRLF); save it with LF (.gitattributes keeps them so in a clone)`);
  const lines = text.replace(/\n$/, '').split('\n');
  const before = problems.length;
  checkAgainstSource(file, lines, where, display(sourceFile), problems);
  if (problems.length > before) return undefined;

  const article = annotate(deriveArticle(file), dir, lexicon, problems);
  article.cardImages = findCardImages(dir, file, problems);
  return article;
}

/**
 * The article's link preview pictures by the paragraph they show (0, the headline). Each must show its
 * paragraph's current text; a missing one is fine (a link then previews with the headline's, or none).
 */
function findCardImages(dir: string, file: ArticleFile, problems: string[]): Map<number, CardImage> {
  const expected = new Map(cardSubjects(file).map((subject) => [subject.name, subject]));
  const found = new Map<number, CardImage>();
  for (const name of readdirSync(dir).filter((entry) => CARD_PATTERN.test(entry))) {
    const cardFile = path.join(dir, name);
    const subject = expected.get(name);
    if (subject === undefined) {
      const paragraph = /^card-p(\d+)-/.exec(name)?.[1];
      const shown = paragraph ? `text for paragraph ${paragraph}` : 'headline';
      problems.push(`${display(cardFile)}: shows another ${shown} than article.json's; run \`npm run cards\``);
      continue;
    }
    const card = readCard(readFileSync(cardFile), subject);
    if ('fault' in card) {
      problems.push(`${display(cardFile)}: ${card.fault}; run \`npm run cards\``);
      continue;
    }
    found.set(subject.n, { name, file: cardFile, shown: card.shown });
  }
  return found;
}

/** The Arabic in article.json must be the source text, character for character. */
function checkAgainstSource(file: ArticleFile, lines: string[], where: string, source: string, problems: string[]) {
  if (lines.length !== file.paragraphs.length + 1) {
    problems.push(
      `${where}: paragraphs: has ${file.paragraphs.length} paragraphs, but ${source} has ${lines.length - 1} after the headline`,
    );
  }
  if (file.headline.ar !== lines[0]) problems.push(`${where}: headline.ar: differs from line 1 of ${source}`);
  file.paragraphs.forEach((p, i) => {
    const joined = p.sentences.map((s) => s.ar).join(' ');
    if (lines[i + 1] !== undefined && joined !== lines[i + 1]) {
      problems.push(`${where}: paragraphs[${i}].sentences: the Arabic sentences do not rebuild line ${i + 2} of ${source}`);
    }
  });
}

function paragraph(n: number, sentences: { ar: string; en: string }[]): Paragraph {
  return {
    n,
    anchor: paragraphId(n),
    ar: sentences.map((s) => s.ar).join(' '),
    en: sentences.map((s) => s.en).join(' '),
    sentences: sentences.map((s, index) => ({ ...s, index, englishRuns: [{ text: s.en, entities: [], mentions: [] }] })),
    tokens: [],
  };
}

function deriveArticle(file: ArticleFile): Article {
  const paragraphs = file.paragraphs.map((p, i) => paragraph(i + 1, p.sentences));
  return {
    slug: file.slug,
    headline: paragraph(0, [file.headline]),
    source: file.source,
    notes: file.notes,
    paragraphs,
    parts: partsOf(paragraphs),
    annotated: false,
    lemmas: {},
    phrases: {},
    entities: {},
    cardImages: new Map(),
  };
}

/**
 * Adds the word annotation and the entities, where the article has them. A file that cannot be read
 * is reported once: the checks that depend on it (every word's lemma against an unreadable lexicon,
 * the Arabic mentions in a paragraph whose words file is unreadable) are left until it reads.
 */
function annotate(article: Article, dir: string, lexicon: Record<string, Lemma> | undefined, problems: string[]): Article {
  const all = allParagraphs(article);
  const wordsDir = path.join(dir, 'words');
  const unreadWords = new Set<number>();
  if (existsSync(wordsDir)) {
    // A file no paragraph reads (left from a paragraph since removed) would be silently out of the article.
    const expected = new Set(all.map((p) => wordsFileName(p.n)));
    for (const name of readdirSync(wordsDir).filter((entry) => entry.endsWith('.json') && !expected.has(entry))) {
      problems.push(`${display(path.join(wordsDir, name))}: names no paragraph of the article (it has paragraphs 1–${all.length - 1} and the headline, p00)`);
    }
    for (const p of all) {
      const file = path.join(wordsDir, wordsFileName(p.n));
      const words = parseFile(file, wordsFileSchema, problems);
      if (!words) {
        unreadWords.add(p.n);
        continue;
      }
      const problem = (where: string, message: string) => problems.push(`${display(file)}: ${where}: ${message}`);
      p.tokens = deriveTokens(p, words, (id) => !lexicon || Object.hasOwn(lexicon, id), problem);
      for (const phrase of derivePhrases(p, words)) article.phrases[phrase.id] = phrase;
    }
    article.annotated = all.every((p) => p.tokens.length > 0);
    for (const token of all.flatMap((p) => p.tokens)) {
      const lemma = token.lemma ? lexicon?.[token.lemma] : undefined;
      if (!lemma) continue;
      const entry: ArticleLemma = (article.lemmas[lemma.id] ??= { ...lemma, occurrences: [] });
      entry.occurrences.push(token.id);
    }
  }
  const entitiesFile = path.join(dir, 'entities.json');
  if (existsSync(entitiesFile)) {
    const entities = parseFile(entitiesFile, entitiesFileSchema, problems);
    if (entities) {
      const problem = (where: string, message: string) => problems.push(`${display(entitiesFile)}: ${where}: ${message}`);
      article.entities = placeEntities(entities, all, problem, unreadWords);
    }
  }
  return article;
}

const wordsFileName = (n: number) => `p${String(n).padStart(2, '0')}.json`;

let cached: Library | undefined;

/** The bundled library, parsed once per process. `JISR_CONTENT_DIR` points tests at fixture content. */
export function getLibrary(): Library {
  cached ??= loadLibrary(process.env.JISR_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
  return cached;
}
