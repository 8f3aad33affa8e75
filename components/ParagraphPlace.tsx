import { fill } from '@/lib/template';

type Props = {
  /** 0 for the headline. */
  paragraph: number;
  /** The headline's name, and the template `Paragraph {n}`. */
  strings: { headline: string; paragraph: string };
};

/**
 * Where a word is, as a link names it: the headline, or "¶6". A screen reader hears "Paragraph 6", where
 * it read the sign out as "pilcrow"; the headline is no numbered paragraph, and "¶0" named a place the
 * reader cannot find.
 */
export function ParagraphPlace({ paragraph, strings }: Props) {
  if (paragraph === 0) return strings.headline;
  return (
    <>
      <span aria-hidden="true">¶{paragraph}</span>
      <span className="sr-only">{fill(strings.paragraph, { n: paragraph })}</span>
    </>
  );
}
