import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { loadLibrary } from '@/lib/content/loader';

const fixture = path.join(import.meta.dirname, 'fixtures/content');
const temporary: string[] = [];

/** A copy of the valid fixture with article.json changed by `edit`. */
function contentWith(edit: (article: Record<string, any>) => void, source?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'jisr-content-'));
  temporary.push(root);
  cpSync(fixture, root, { recursive: true });
  const dir = path.join(root, 'articles/sample-article');
  const file = path.join(dir, 'article.json');
  const article = JSON.parse(readFileSync(file, 'utf8'));
  edit(article);
  writeFileSync(file, JSON.stringify(article));
  if (source !== undefined) writeFileSync(path.join(dir, 'source.ar.txt'), source);
  return root;
}

function problemsOf(root: string): string[] {
  try {
    loadLibrary(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadLibrary with valid content', () => {
  it('derives paragraphs, anchors and sentence alignment', () => {
    const article = loadLibrary(fixture).article('sample-article');
    expect(article?.headline).toMatchObject({ n: 0, ar: 'عنوان تجريبي', en: 'A sample headline' });
    expect(article?.paragraphs.map((p) => p.anchor)).toEqual(['p1', 'p2']);
    expect(article?.paragraphs[0]).toMatchObject({
      ar: 'الفقرة الأولى. وفيها جملتان.',
      en: 'The first paragraph. It has two sentences.',
    });
    expect(article?.paragraphs[0]?.sentences[1]).toEqual({ index: 1, ar: 'وفيها جملتان.', en: 'It has two sentences.' });
  });

  it('answers undefined for an unknown slug', () => {
    expect(loadLibrary(fixture).article('nope')).toBeUndefined();
  });
});

describe('loadLibrary with malformed content names the file, the path and the fault', () => {
  const file = path.join('articles/sample-article/article.json');

  it.each([
    ['a missing translation', (a: any) => delete a.paragraphs[1].sentences[0].en, 'paragraphs[1].sentences[0].en: required'],
    ['an empty translation', (a: any) => (a.paragraphs[0].sentences[0].en = '  '), 'paragraphs[0].sentences[0].en: Too small'],
    ['a wrong type', (a: any) => (a.headline = 'text'), 'headline: Invalid input: expected object, received string'],
    ['an unknown field', (a: any) => (a.paragraphs[0].extra = 1), 'paragraphs[0]: unknown field "extra"'],
    ['a bad slug', (a: any) => (a.slug = 'Sample Article'), 'slug: must be lower-case words joined by hyphens'],
    ['a note on a missing paragraph', (a: any) => (a.notes[0].paragraph = 9), 'notes[0].paragraph: there is no paragraph 9'],
    ['no paragraphs', (a: any) => ((a.paragraphs = []), (a.notes = [])), 'paragraphs: Too small'],
  ])('%s', (_name, edit, expected) => {
    const problems = problemsOf(contentWith(edit));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${file}: ${expected}`);
  });

  it('a headline that differs from the source text', () => {
    const problems = problemsOf(contentWith((a) => (a.headline.ar = 'عنوان آخر')));
    expect(problems).toEqual([expect.stringMatching(/article\.json: headline\.ar: differs from line 1 of .*source\.ar\.txt$/)]);
  });

  it('an Arabic sentence changed by one character', () => {
    const problems = problemsOf(contentWith((a) => (a.paragraphs[1].sentences[0].ar = 'الفقرة الثانية "بعلامة اقتباس.')));
    expect(problems).toEqual([expect.stringContaining('paragraphs[1].sentences: the Arabic sentences do not rebuild line 3')]);
  });

  it('a paragraph count that differs from the source', () => {
    const problems = problemsOf(contentWith(() => undefined, 'عنوان تجريبي\nالفقرة الأولى. وفيها جملتان.'));
    expect(problems).toEqual([expect.stringContaining('paragraphs: has 2 paragraphs, but')]);
  });

  it('a slug that does not match its folder', () => {
    const problems = problemsOf(contentWith((a) => (a.slug = 'other-article')));
    expect(problems).toEqual([expect.stringContaining('slug: "other-article" does not match its folder "sample-article"')]);
  });

  it('invalid JSON', () => {
    const root = contentWith(() => undefined);
    writeFileSync(path.join(root, file), '{ "slug": ');
    expect(problemsOf(root)).toEqual([expect.stringContaining(`${file}: not valid JSON`)]);
  });
});
