import { createHash } from 'node:crypto';
import type { Bilingual } from './model';
import type { ArticleFile } from './schema';

/**
 * The pictures a shared link previews with: one of the article's headline, and one of each paragraph, for
 * links to a paragraph or a range, each in both languages. The browser draws them (`npm run cards`,
 * scripts/cards.ts) because no image library on the server shapes Arabic. They are kept beside the article,
 * named after a hash of the text they show, so that an edited headline or translation cannot go out with
 * the old picture: the loader rejects a card whose name does not match.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export const CARD_PATTERN = /^card-(?:p[1-9]\d*-)?[0-9a-f]{12}\.png$/;

/** `card-{hash}.png` for the headline (paragraph 0), `card-p{n}-{hash}.png` for paragraph n. */
export function cardImageName(shown: Bilingual, n = 0): string {
  const hash = createHash('sha256').update(JSON.stringify([shown.ar, shown.en])).digest('hex').slice(0, 12);
  return n === 0 ? `card-${hash}.png` : `card-p${n}-${hash}.png`;
}

/** What one picture shows: paragraph `n` (0, the headline), sentence by sentence, and the file it belongs in. */
export type CardSubject = { n: number; sentences: Bilingual[]; name: string };

export function cardSubjects(file: ArticleFile): CardSubject[] {
  return [[file.headline], ...file.paragraphs.map((p) => p.sentences)].map((sentences, n) => {
    const shown = { ar: sentences.map((s) => s.ar).join(' '), en: sentences.map((s) => s.en).join(' ') };
    return { n, sentences, name: cardImageName(shown, n) };
  });
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
