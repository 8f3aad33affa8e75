import { crc32 } from 'node:zlib';
import { contentHash } from '../content-hash';
import type { Bilingual } from './model';
import type { ArticleFile } from './schema';

/**
 * The pictures a shared link previews with: one of the article's headline, and one of each paragraph, for
 * links to a paragraph or a range, each in both languages. The browser draws them (`npm run cards`,
 * scripts/cards.ts) because no image library on the server shapes Arabic. They are kept beside the article,
 * named after a hash of the headline's or the paragraph's text, so that an edited headline or translation
 * cannot go out with the old picture: the loader rejects a card whose name does not match.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export const CARD_PATTERN = /^card-(?:p[1-9]\d*-)?[0-9a-f]{12}\.png$/;

/** `card-{hash}.png` for the headline (paragraph 0), `card-p{n}-{hash}.png` for paragraph n. */
export function cardImageName(text: Bilingual, n = 0): string {
  const hash = contentHash(JSON.stringify([text.ar, text.en]));
  return n === 0 ? `card-${hash}.png` : `card-p${n}-${hash}.png`;
}

/** What one picture shows: paragraph `n` (0, the headline), sentence by sentence and joined, and the file it belongs in. */
export type CardSubject = { n: number; sentences: Bilingual[]; text: Bilingual; name: string };

export function cardSubjects(file: ArticleFile): CardSubject[] {
  return [[file.headline], ...file.paragraphs.map((p) => p.sentences)].map((sentences, n) => {
    const text = { ar: sentences.map((s) => s.ar).join(' '), en: sentences.map((s) => s.en).join(' ') };
    return { n, sentences, text, name: cardImageName(text, n) };
  });
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The signature and the IHDR chunk, which every PNG starts with. */
const PNG_HEADER_LENGTH = 8 + 25;
const languages = ['ar', 'en'] as const;
/** An iTXt chunk's type, then its head: keyword, NUL, compression flag and method (none), language tag, NUL, no translated keyword, NUL. */
const descriptionHead = (lang: (typeof languages)[number]) => Buffer.from(`iTXtDescription\0\0\0${lang}\0\0`, 'latin1');

/**
 * The text a picture shows may be less than its paragraph: as many whole sentences as fit, or a long one
 * cut. `npm run cards` writes it into the picture where it was drawn, as PNG's standard `Description`, one
 * iTXt chunk (UTF-8, uncompressed) per language, tagged `ar` or `en`: the preview's alt text says what the
 * picture shows, and any PNG tool reads it.
 */
export function withShownText(png: Buffer, shown: Bilingual): Buffer {
  const chunks = languages.map((lang) => {
    const body = Buffer.concat([descriptionHead(lang), Buffer.from(shown[lang], 'utf8')]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length - 4);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  });
  return Buffer.concat([png.subarray(0, PNG_HEADER_LENGTH), ...chunks, png.subarray(PNG_HEADER_LENGTH)]);
}

/** The text `withShownText` wrote into a picture, or null where it lacks a language's or a chunk is damaged. */
export function shownText(png: Buffer): Bilingual | null {
  const found: Partial<Bilingual> = {};
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    if (at + 12 + length > png.length) return null;
    const body = png.subarray(at + 4, at + 8 + length);
    if (body.toString('latin1', 0, 4) === 'iTXt') {
      if (crc32(body) !== png.readUInt32BE(at + 8 + length)) return null;
      for (const lang of languages) {
        const head = descriptionHead(lang);
        if (body.subarray(0, head.length).equals(head)) found[lang] = body.subarray(head.length).toString('utf8');
      }
    }
    at += 12 + length;
  }
  return found.ar && found.en ? { ar: found.ar, en: found.en } : null;
}

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * A picture drawn for `subject` as the loader takes it: its text, or what is wrong with it (its size, or the
 * text it says it shows, which is its subject's beginning, whole sentences or words, and an ellipsis where it
 * stops). `npm run cards` draws again any the loader would refuse.
 */
export function readCard(bytes: Buffer, subject: CardSubject): { shown: Bilingual } | { fault: string } {
  const size = pngSize(bytes);
  if (size?.width !== CARD_SIZE.width || size.height !== CARD_SIZE.height) return { fault: `must be a ${CARD_SIZE.width}×${CARD_SIZE.height} PNG` };
  const shown = shownText(bytes);
  const drawnFrom = (lang: 'ar' | 'en') => subject.text[lang].startsWith(shown![lang].replace(/ …$/, ''));
  if (!shown || !drawnFrom('ar') || !drawnFrom('en')) return { fault: 'does not say, in both languages, the text of its own that it shows (its Description)' };
  return { shown };
}
