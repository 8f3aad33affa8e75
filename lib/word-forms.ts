import type { GlossaryData } from './glossary';
import { WORD } from './word-elements';

function span(className: string, text: string, lang?: string) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  if (lang) {
    element.lang = lang;
    element.dir = 'ltr';
  }
  return element;
}

/**
 * Gives each word of the page its vocalized form and interlinear lines, from the glossary, the
 * first time the reader turns on diacritics, transliteration or glosses. The server sends each word
 * as its bare text: these forms would otherwise triple the page and the work of hydrating it, for
 * modes that need JavaScript anyway. Runs after hydration, on words React never re-renders.
 */
export function addWordForms(root: ParentNode, glossary: GlossaryData): void {
  const words = root.querySelectorAll<HTMLElement>(`${WORD}:not([data-forms])`);
  for (const word of words) {
    const token = glossary.tokens[word.id];
    if (!token) continue;
    const plain = span('w-plain', word.textContent ?? '');
    word.replaceChildren(plain, span('w-voc', token.vocalized));
    if (token.translit) word.append(span('w-tr', token.translit, 'ar-Latn'));
    word.append(span('w-gl', token.gloss, 'en'));
    word.dataset.forms = '';
  }
  // What marked a word's text (search's highlights) was left marking nothing once its text node went.
  if (words.length) document.dispatchEvent(new Event(WORD_FORMS_ADDED));
}

/** Fired on the document once words have been given their forms. */
export const WORD_FORMS_ADDED = 'jisr:word-forms-added';
