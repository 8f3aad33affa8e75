import { createHash } from 'node:crypto';
import type { Bilingual } from './model';

/**
 * The picture a shared link previews with: the article's headline in both languages, drawn by the browser
 * (`npm run cards`, scripts/cards.ts) because no image library on the server shapes Arabic. It is kept beside
 * the article, named after a hash of the headline it shows, so that a changed headline cannot go out with
 * the old picture: the loader rejects a card whose name does not match.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export const CARD_PATTERN = /^card-[0-9a-f]{12}\.png$/;

export function cardImageName(headline: Bilingual): string {
  const hash = createHash('sha256').update(JSON.stringify([headline.ar, headline.en])).digest('hex');
  return `card-${hash.slice(0, 12)}.png`;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
