import { cardWord, wordOf } from './word-elements';

/**
 * The reader's place on the page, kept while the layout changes under it: a link's reading settings applied
 * after it has scrolled to its paragraph, a view or size switched halfway down, word forms added to every
 * word. Each makes the rows above taller or shorter, and the browser's own scroll anchoring does not hold
 * a row in a pane that the new view hides.
 */
export type Place = {
  element: Element;
  top: number;
  /** A word's paragraph row, gone back to instead should the change hide the word (a view of the English only). */
  row?: Place;
};

/** Just under the sticky header: a row whose top is above this line is the one being read. */
const READING_LINE = 100;

/** Where the sticky header ends on screen: what lies above it is hidden. */
export const headerBottom = () => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;

/** How far up the screen an element fixed at its foot reaches: what lies below its top is hidden. */
export const reachFromFoot = (element: Element) => Math.max(0, window.innerHeight - element.getBoundingClientRect().top);

/** How far up the screen the link's settings notice, fixed at its foot, reaches. */
export function noticeHeight(): number {
  const notice = document.querySelector('.link-notice');
  return notice ? reachFromFoot(notice) : 0;
}


export const paragraphRows = () => Array.from(document.querySelectorAll<HTMLElement>('[data-paragraph]'));

/** The last paragraph begun above the reading line, or none at the top of the page. */
export function rowAtReadingLine(rows = paragraphRows()): HTMLElement | undefined {
  return rows.findLast((row) => row.getBoundingClientRect().top < READING_LINE);
}

/**
 * The paragraph being read, for a link to it: the first row of which more than a line shows under the
 * header (a row whose last line alone is left on screen has been read), or the last row once all are above.
 * J and K step from the row at the reading line instead: from here J goes to the row below, not past it.
 */
export function rowBeingRead(rows = paragraphRows()): HTMLElement | undefined {
  return rows.find(unread) ?? rows.at(-1);
}

/** Whether more than a line of the row is left under the header, on screen or below it. */
const unread = (row: HTMLElement) => row.getBoundingClientRect().bottom - headerBottom() > lineHeight(row);

/** Whether the reader can be reading in the row: more than a line of it shows under the header. */
export const readingIn = (row: HTMLElement) => unread(row) && row.getBoundingClientRect().top < window.innerHeight;

/**
 * The word whose card is pinned, or the link's target, while on screen. A target the address no longer names
 * (a word link whose settings the reader turned down) is not the reader's any more, though it stays :target.
 * Nor is a place mark, which only said where the reader was when the page opened (the language switch's):
 * from the moment they scroll, the place is where they scrolled to.
 */
function markedElement(): Element | null {
  const pinned = cardWord({ pinned: true });
  const target = document.querySelector(':target');
  const named = target && !isPlaceMark(target.id) && window.location.hash === `#${target.id}` ? target : null;
  return [pinned, named].find((element) => element && onScreen(element)) || null;
}

/** What every place mark's id begins with. */
const PLACE_MARK = 'at-';

/**
 * The id of a paragraph row's place mark: its gutter, at the row's top. A fragment naming it opens the
 * page at the paragraph without making it the link's target, which the page lights.
 */
export const placeMarkId = (rowId: string) => `${PLACE_MARK}${rowId}`;

/**
 * The id of a sentence's place mark in one pane: the sentence itself, which a fragment naming it brings
 * under the header, lit by nothing.
 */
export const sentenceMarkId = (paragraph: number, index: number, lang: 'ar' | 'en') => `${PLACE_MARK}s${paragraph}-${index}-${lang}`;

const isPlaceMark = (id: string) => id.startsWith(PLACE_MARK);

/** A sentence with its place mark (SentenceSpans'). */
const SENTENCE = '.s[id]';

/**
 * The fragment that takes the reader back to what they are looking at (the language switcher's): the word
 * whose card shows, pinned or not (a word with focus or under the mouse shows its card: the other page opens
 * it pinned, with focus in it), or the link's target on screen, else the place mark of the row at the reading line, which a paragraph
 * the reader only scrolled to is not lit by, or of the sentence at the top of the screen where the reader is
 * further into a row than its first line (on a phone a row can be three screens tall). At the reader's top,
 * nothing: a link's target off screen there is one the reader has scrolled away from.
 */
export function linkedPlace(): string | null {
  const carded = cardWord();
  const marked = (carded && onScreen(carded) && carded) || markedElement();
  // A word link's word whose card the reader has closed is carried as its sentence: carried itself, it would
  // open pinned again on the other page.
  if (marked && marked !== carded && wordOf(marked)) return marked.closest(SENTENCE)?.id ?? marked.id;
  // A paragraph named by the address (#p11) is marked from its top: the reader may be two screens into it.
  if (marked) return (marked.matches('[data-paragraph]') && sentenceAtTop(marked)?.id) || marked.id;
  const rows = paragraphRows();
  // A page without paragraphs (the vocabulary's) has only the fragment it was opened at (#roots) to go by.
  if (!rows.length) return window.location.hash.slice(1) || null;
  if (window.scrollY === 0) return null;
  const row = rowAtReadingLine(rows) ?? rows[0]!;
  return sentenceAtTop(row)?.id ?? placeMarkId(row.id);
}

/**
 * Of the row's sentences shown, the last begun above the header's foot, unless it begins on the row's first
 * line of text, where the row's own mark lands the reader as well.
 */
function sentenceAtTop(row: Element): Element | undefined {
  const line = headerBottom();
  let firstTop: number | undefined;
  let atTop: { sentence: Element; top: number } | undefined;
  for (const sentence of row.querySelectorAll(SENTENCE)) {
    const box = sentence.getBoundingClientRect();
    if (!box.height) continue;
    firstTop ??= box.top;
    if (box.top <= line && box.top > (atTop?.top ?? -Infinity)) atTop = { sentence, top: box.top };
  }
  return atTop && atTop.top - firstTop! >= lineHeight(row) ? atTop.sentence : undefined;
}

/**
 * What the reader is looking at, to be held while the page changes: the pinned word or the link's target on
 * screen; else the row at the reading line, or, where that row begins under the header, its first word or
 * sentence in sight. At the page's top, nothing: the page stays at its top while the headline grows.
 */
export function readingPlace(): Place | null {
  const marked = markedElement();
  // A linked paragraph the reader is deep into is held as any other row is, by what they see of it.
  if (marked && !(marked.matches('[data-paragraph]') && marked.getBoundingClientRect().top < headerBottom())) {
    const row = marked.closest('[data-paragraph]');
    return { ...placeOf(marked), row: row ? placeOf(row) : undefined };
  }
  if (!marked && window.scrollY === 0) return null;
  const row = marked ?? rowAtReadingLine() ?? paragraphRows()[0];
  if (!row) return null;
  const place = placeOf(row);
  // A row begun under the header shows the reader only its lower part, which the change grows or shrinks
  // with the rest: holding its hidden top pushed what they were reading down the screen (glosses under a
  // paragraph's last line and a half moved the next one 226 px). The first word or sentence begun in sight
  // is held instead, and the row should the change hide it.
  const line = headerBottom();
  if (place.top >= line) return place;
  const first = Array.from(row.querySelectorAll('.w, [data-s]')).find((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= line;
  });
  return first && first.getBoundingClientRect().top < window.innerHeight ? { ...placeOf(first), row: place } : place;
}

/** The place no lower than a third of the way down the screen, which a phone turned on its side makes shorter. */
export function withinScreen(place: Place): Place {
  return { ...place, top: Math.min(place.top, window.innerHeight / 3), row: place.row && withinScreen(place.row) };
}

/** Scrolls so that the place is where it was on screen. */
export function returnTo(place: Place): void {
  const shown = place.element.getClientRects().length > 0 ? place : place.row;
  if (!shown) return;
  const shift = shown.element.getBoundingClientRect().top - shown.top;
  if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
}

/** Makes a change to the page, keeping the reader's place. */
export function keepingPlace(change: () => void): void {
  const place = readingPlace();
  change();
  if (place) returnTo(place);
}

function placeOf(element: Element): Place {
  return { element, top: element.getBoundingClientRect().top };
}

/** Whether some of the element shows in the window. */
export function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
}

/** The tallest line among the row's panes on screen. */
function lineHeight(row: Element): number {
  const panes = Array.from(row.querySelectorAll('p')).filter((pane) => pane.getClientRects().length > 0);
  return Math.max(0, ...panes.map((pane) => parseFloat(getComputedStyle(pane).lineHeight) || 0));
}
