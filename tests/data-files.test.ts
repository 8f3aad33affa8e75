import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getLibrary, loadLibrary } from '@/lib/content/loader';
import type { Article } from '@/lib/content/model';
import { dataFilesOf, glossaryFile, searchIndexFile } from '@/lib/data-files';
import { glossaryOf } from '@/lib/glossary';
import { searchIndexOf } from '@/lib/search';
import { writeScaledContent } from '@/scripts/scale-content';
import { contentWith, removeCopies, type Json } from './content-problems';

afterAll(removeCopies);

const seed = getLibrary().article('damascus-baghdad-security-coordination')!;
const sample = (root: string) => loadLibrary(root).article('sample-article')!;
const paths = (article: Article) => dataFilesOf(article).map((file) => file.path);

describe('the data files', () => {
  it('are named after their content, and hold the glossary and the search index as JSON', () => {
    expect(glossaryFile(seed).path).toMatch(/^\/data\/damascus-baghdad-security-coordination\.[0-9a-f]{12}\.json$/);
    expect(JSON.parse(glossaryFile(seed).json)).toEqual(glossaryOf(seed));
    expect(searchIndexFile(seed).path).toMatch(/^\/data\/damascus-baghdad-security-coordination\.search\.[0-9a-f]{12}\.json$/);
    expect(JSON.parse(searchIndexFile(seed).json)).toEqual(searchIndexOf(seed));
    // A one-part article has no part glossaries.
    expect(paths(seed)).toEqual([glossaryFile(seed).path, searchIndexFile(seed).path]);
  });

  it('keep their names from build to build while the content stays, and a gloss edited renames the glossary', () => {
    expect(paths(sample(contentWith({})))).toEqual(paths(sample(contentWith({}))));
    const edited = sample(
      contentWith({ 'articles/sample-article/words/p01.json': (words: Json) => void (words.tokens[0].gloss = 'called on') }),
    );
    expect(glossaryFile(edited).path).not.toBe(glossaryFile(sample(contentWith({}))).path);
  });

  describe('of a long article', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jisr-scaled-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const { slug } = writeScaledContent(4, dir);
    const long = loadLibrary(dir).article(slug)!;

    it('hold a glossary for each part beside the whole one', () => {
      const parts = long.parts.map((part) => glossaryFile(long, part));
      expect(long.parts.length).toBeGreaterThan(1);
      expect(parts[1]!.path).toMatch(new RegExp(`^/data/${slug}\\.${long.parts[1]!.from}-${long.parts[1]!.to}\\.[0-9a-f]{12}\\.json$`));
      expect(JSON.parse(parts[1]!.json)).toEqual(glossaryOf(long, long.parts[1]));
      expect(paths(long)).toEqual([glossaryFile(long).path, ...parts.map((file) => file.path), searchIndexFile(long).path]);
    });
  });
});
