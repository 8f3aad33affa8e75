import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeScaledContent } from './scale-content';

/**
 * The fixture content is served in e2e by a second, small production build with its own content and
 * build folder, so the shipped build never contains it: the hostile-content article
 * (tests/fixtures/hostile-content), and a long article, the seed four times over, read in parts.
 * tsconfig.json lists this build's types too, or Next would add them on every fixture build.
 */
export const fixtureBuildEnv = {
  JISR_CONTENT_DIR: '.fixture-content',
  JISR_DIST_DIR: '.next-hostile',
};

const HOSTILE = 'tests/fixtures/hostile-content';
const LONG_FACTOR = 4;

type Lexicon = { lemmas: { id: string }[] };
const readLexicon = (dir: string): Lexicon => JSON.parse(readFileSync(path.join(dir, 'lexicon.json'), 'utf8'));

/** Writes the fixture build's content folder (gitignored), generated afresh for each `npm test`. */
export function writeFixtureContent(): void {
  const dir = path.resolve(fixtureBuildEnv.JISR_CONTENT_DIR);
  writeScaledContent(LONG_FACTOR, dir);
  cpSync(path.join(HOSTILE, 'articles'), path.join(dir, 'articles'), { recursive: true });
  // One lexicon for both articles; where they share a lemma id, the hostile entry is the one under test.
  const hostile = readLexicon(HOSTILE);
  const ids = new Set(hostile.lemmas.map((lemma) => lemma.id));
  const shipped = readLexicon(dir).lemmas.filter((lemma) => !ids.has(lemma.id));
  // Sorted by id, as the loader asks of a lexicon.
  const lemmas = [...shipped, ...hostile.lemmas].sort((a, b) => (a.id < b.id ? -1 : 1));
  writeFileSync(path.join(dir, 'lexicon.json'), JSON.stringify({ lemmas }));
}
