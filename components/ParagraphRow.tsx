import type { Paragraph } from '@/lib/content/model';
import { placeMarkId } from '@/lib/reading-place';
import { ArabicText } from './ArabicText';
import { EnglishText } from './EnglishText';

type Props = {
  paragraph: Paragraph;
  /** This paragraph's page: the paragraph number's link, and what the copy and share buttons hand out. */
  href: string;
  highlighted: boolean;
  hasNote: boolean;
  uiDir: 'ltr' | 'rtl';
  labels: { paragraph: string; paragraphPage: string; copyLink: string; share: string; noteMarker: string };
  /** Entity id → type, for colouring mentions. */
  entityTypes: Record<string, string>;
};

/** One paragraph in both languages. The row is the unit of alignment: both texts start on the same line. */
export function ParagraphRow({ paragraph, href, highlighted, hasNote, uiDir, labels, entityTypes }: Props) {
  const { n, anchor } = paragraph;
  return (
    <div
      role="group"
      aria-label={labels.paragraph}
      id={anchor}
      data-paragraph={n}
      data-highlighted={highlighted || undefined}
      className="parallel paragraph"
    >
      <div dir={uiDir} id={placeMarkId(anchor)} className="gutter">
        {/* Named for where it goes: its number alone, inside the group named for the paragraph, said little.
            The fragment opens that page at the paragraph without scripts too; the links handed out stay bare. */}
        <a href={`${href}#${anchor}`} className="paragraph-number" aria-label={labels.paragraphPage}>
          {n}
        </a>
        {hasNote && (
          <a href={`#note-${n}`} className="icon-button note-marker" aria-label={labels.noteMarker}>
            *
          </a>
        )}
        {/* Icons drawn by CSS (globals.css): as SVG, the rows' icons were over a hundred elements to hydrate. Named by
            their titles, which a button with no text is named by and a mouse shows: beside an aria-label, a title is
            said again as the description. */}
        <button type="button" className="icon-button icon-link js-only" data-link={href} title={labels.copyLink} />
        <button type="button" className="icon-button icon-share js-only share-button" data-link={href} data-action="share" title={labels.share} />
      </div>
      <p lang="ar" dir="rtl" className="pane-ar">
        <ArabicText paragraph={paragraph} entityTypes={entityTypes} />
      </p>
      <p lang="en" dir="ltr" className="pane-en">
        <EnglishText paragraph={paragraph} entityTypes={entityTypes} />
      </p>
    </div>
  );
}
