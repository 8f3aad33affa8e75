import type { ViewMode } from './reader-settings';

/** Invisible controls that must not travel with copied text: bidi marks, ZWJ/ZWNJ, BOM, tatweel is kept (it is text). */
const controlCharacters = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** The language a one-language view hides. */
const hiddenPane: Partial<Record<ViewMode, string>> = { ar: '.pane-en', en: '.pane-ar' };

/** The article's text: its headline, its paragraphs, and its source and notes at the foot. */
export const ARTICLE_TEXT = '#headline, [data-paragraph], .article-source';

/**
 * The text of a selection as a reader sees it: the words in the form currently shown (source or
 * vocalized), in the languages the view shows, without interlinear lines, paragraph numbers, buttons or
 * control characters.
 */
export function cleanSelectionText(fragment: DocumentFragment, shown: { diacritics: boolean; view: ViewMode }): string {
  // A selection from one block of the text to another (the headline into paragraph 1) passes the controls
  // between them: the reading settings' hidden options, search, and the script-less notice as raw markup.
  const blocks = fragment.querySelectorAll(ARTICLE_TEXT);
  if (blocks.length) fragment.replaceChildren(...blocks);
  const hidden = ['.w-tr', '.w-gl', '.gutter', 'button', '[aria-hidden="true"]', shown.diacritics ? '.w-plain' : '.w-voc'];
  const pane = hiddenPane[shown.view];
  if (pane) hidden.push(pane);
  fragment.querySelectorAll(hidden.join(',')).forEach((node) => node.remove());
  // Paragraph rows hold an Arabic and an English block, and the headline two spans: each goes on a line of its
  // own, as do the source's headings and each of its notes.
  fragment.querySelectorAll('p, .pane-ar, .pane-en, h2, li').forEach((block) => block.append('\n'));
  return (fragment.textContent ?? '')
    .replace(controlCharacters, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
