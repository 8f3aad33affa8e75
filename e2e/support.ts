import { readFileSync } from 'node:fs';
import path from 'node:path';

export const slug = 'damascus-baghdad-security-coordination';
export const readerPath = (locale: 'en' | 'ar', range?: string) => `/${locale}/articles/${slug}${range ? `/${range}` : ''}`;

/** The article as received: line 1 the headline, then one body paragraph a line. */
export const sourceLines = readFileSync(
  path.join(import.meta.dirname, '..', 'content/articles', slug, 'source.ar.txt'),
  'utf8',
).split('\n');

/** The highlight a reader sees on a linked paragraph (--color-highlight). */
export const highlightBackground = 'rgb(255, 241, 194)';
