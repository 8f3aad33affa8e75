import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
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
/** The signature and the IHDR chunk, which every PNG starts with. */
const PNG_HEADER_LENGTH = 8 + 25;

/**
 * The text a picture shows may be less than its paragraph: as many whole sentences as fit, or a long one
 * cut. `npm run cards` writes it into the picture, as PNG's standard `Description` text (an iTXt chunk,
 * UTF-8), so that the alt text of a preview is what the picture shows, decided where it was drawn.
 */
const DESCRIPTION_HEAD = Buffer.from('Description\0\0\0\0\0', 'latin1');
const shownSchema = z.object({ ar: z.string().min(1), en: z.string().min(1) });

export function withShownText(png: Buffer, shown: Bilingual): Buffer {
  const body = Buffer.concat([Buffer.from('iTXt', 'latin1'), DESCRIPTION_HEAD, Buffer.from(JSON.stringify(shown), 'utf8')]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([png.subarray(0, PNG_HEADER_LENGTH), length, body, crc, png.subarray(PNG_HEADER_LENGTH)]);
}

/** The text `withShownText` wrote into a picture, or null where it holds none that reads as such. */
export function shownText(png: Buffer): Bilingual | null {
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const data = png.subarray(at + 8, at + 8 + length);
    if (png.toString('latin1', at + 4, at + 8) === 'iTXt' && data.subarray(0, DESCRIPTION_HEAD.length).equals(DESCRIPTION_HEAD)) {
      try {
        return shownSchema.parse(JSON.parse(data.subarray(DESCRIPTION_HEAD.length).toString('utf8')));
      } catch {
        return null;
      }
    }
    at += 12 + length;
  }
  return null;
}

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
