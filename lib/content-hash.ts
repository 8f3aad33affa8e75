import { createHash } from 'node:crypto';

/**
 * Twelve hex digits of the text's SHA-256: what a file is named after, so that a changed file is a new
 * name and a name, once served, always means the same bytes.
 */
export const contentHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
