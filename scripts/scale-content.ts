// Writes synthetic long articles for measuring how Jisr scales: the seed article's annotated
// paragraphs repeated `factor` times, renumbered, with their words, phrases and entity mentions.
// Test-only content: it goes in its own content folder (used with JISR_CONTENT_DIR), never in content/.
// Usage: tsx scripts/scale-content.ts <factor> <outDir>
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SEED = 'damascus-baghdad-security-coordination';

const scaledSlug = (factor: number) => `scaled-${factor}x`;

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const wordsFile = (n: number) => `p${String(n).padStart(2, '0')}.json`;

export function writeScaledContent(factor: number, outDir: string, contentDir = path.resolve('content')) {
  const seedDir = path.join(contentDir, 'articles', SEED);
  const slug = scaledSlug(factor);
  const dir = path.join(outDir, 'articles', slug);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'words'), { recursive: true });
  copyFileSync(path.join(contentDir, 'lexicon.json'), path.join(outDir, 'lexicon.json'));

  const article = readJson(path.join(seedDir, 'article.json'));
  const count = article.paragraphs.length;
  // Copy k's paragraph n becomes paragraph k·count + n; the headline stays paragraph 0.
  const renumber = (n: number, k: number) => (n === 0 ? 0 : k * count + n);
  const copies = Array.from({ length: factor }, (_, k) => k);

  writeFileSync(
    path.join(dir, 'article.json'),
    JSON.stringify({ ...article, $schema: undefined, slug, paragraphs: copies.flatMap(() => article.paragraphs) }),
  );
  const [headline, ...body] = readFileSync(path.join(seedDir, 'source.ar.txt'), 'utf8').replace(/\n$/, '').split('\n');
  writeFileSync(path.join(dir, 'source.ar.txt'), [headline, ...copies.flatMap(() => body)].join('\n') + '\n');

  for (const k of copies) {
    for (let n = k === 0 ? 0 : 1; n <= count; n++) {
      const words = readJson(path.join(seedDir, 'words', wordsFile(n)));
      writeFileSync(path.join(dir, 'words', wordsFile(renumber(n, k))), JSON.stringify({ ...words, $schema: undefined, paragraph: renumber(n, k) }));
    }
  }

  const entities = readJson(path.join(seedDir, 'entities.json'));
  const mentions = copies.flatMap((k) =>
    entities.mentions
      .filter((m: { paragraph: number }) => k === 0 || m.paragraph !== 0)
      .map((m: { paragraph: number }) => ({ ...m, paragraph: renumber(m.paragraph, k) })),
  );
  writeFileSync(path.join(dir, 'entities.json'), JSON.stringify({ ...entities, $schema: undefined, mentions }));
  return { slug, paragraphs: count * factor };
}

// Compared as URLs: import.meta.url escapes a space or an Arabic letter in the path, which argv does not.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [factor, outDir] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(factor) || factor < 1 || !outDir) {
    console.error('usage: tsx scripts/scale-content.ts <factor> <outDir>');
    process.exit(2);
  }
  const { slug, paragraphs } = writeScaledContent(factor, path.resolve(outDir));
  console.log(`${outDir}: ${slug}, ${paragraphs} paragraphs`);
}
