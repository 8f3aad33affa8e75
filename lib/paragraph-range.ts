/** A run of body paragraphs, 1-based and inclusive. */
export type ParagraphRange = { from: number; to: number };

/**
 * Reads the last segment of `/articles/{slug}/{n}` or `/{n}-{m}`. Only the canonical
 * spelling is accepted (no leading zeros, n < m), so every range has exactly one URL.
 */
export function parseParagraphRange(segment: string, count: number): ParagraphRange | null {
  const match = /^([1-9]\d*)(?:-([1-9]\d*))?$/.exec(segment);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from > count || to > count) return null;
  if (match[2] !== undefined && to <= from) return null;
  return { from, to };
}

export function formatParagraphRange({ from, to }: ParagraphRange): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/** A range's figures for the messages, which name a range of one paragraph in the singular (`span`). */
export const withSpan = (range: ParagraphRange) => ({ ...range, span: range.from === range.to ? 'one' : 'other' });

export function inRange(n: number, range: ParagraphRange | null): boolean {
  return range !== null && n >= range.from && n <= range.to;
}

/** Whether paragraph n is on a reader page that shows `shown`: the headline (0) is on every page. */
export function onPage(n: number, shown: ParagraphRange): boolean {
  return n === 0 || inRange(n, shown);
}
