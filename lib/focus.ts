import { readingIn, rowBeingRead } from './reading-place';
import { cardWord } from './word-elements';

/** What a keyboard user can land on in the reader's chrome and text. */
const FOCUSABLE = 'a[href], button:not([disabled]), input, select, summary, [tabindex="0"]';

/**
 * The word whose pinned card holds `element`, if it is in one. The card is portalled to the page's end and
 * closes as focus leaves it: what it stands for in the page is its word.
 */
export function cardWordOf(element: Element): HTMLElement | null {
  return element.closest('#word-card') ? cardWord() : null;
}

/**
 * Focus left on an element that a change hides (V to "English only" with an Arabic word focused) or
 * removes (E with an entity-type button focused) falls to the page, and a screen reader hears nothing.
 * Called before such a change, this returns what to call once the page has it: focus then goes to the
 * first control still shown in the nearest part of the page that was around it, the paragraph's number, say.
 */
export function keepFocusShown(): () => void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body) return () => undefined;
  // Taken now: a removed element has no parents left to search from. The word card goes when a view hides
  // its word: the part of the page around the card is its word's.
  const start = cardWordOf(focused) ?? focused.parentElement;
  const around: HTMLElement[] = [];
  for (let scope = start; scope && scope !== document.body; scope = scope.parentElement) around.push(scope);
  return () => {
    if (focused.isConnected && focused.checkVisibility()) return;
    // Moved on purpose meanwhile (by the change itself, or the reader): left where it is.
    if (document.activeElement !== document.body && document.activeElement !== focused) return;
    for (const scope of around) {
      const shown = scope.isConnected && firstShownControl(scope);
      if (shown) return shown.focus({ preventScroll: true });
    }
  };
}

/**
 * Focus on the first control shown in the paragraph being read: where a control that goes away (the link
 * notice's buttons) leaves the reader, rather than on the page, from which Tab starts again at its top.
 * A link's own paragraph, while it shows, is the one: a word link centres its word, and the paragraph
 * above can fill the screen's top.
 */
export function focusRowBeingRead(): void {
  const linked = (document.querySelector(':target') ?? document.querySelector('[data-highlighted]'))?.closest<HTMLElement>('[data-paragraph]');
  focusFirstControlIn(linked && readingIn(linked) ? linked : rowBeingRead());
}

/** Focus on the first control shown in `row`, where focusing what the reader moved to would drop it to the page. */
/**
 * Gives focus to an element that takes none (a heading), for as long as it keeps it: focusable for good, it
 * would take the focus from every click on its text.
 */
export function focusForNow(element: HTMLElement): void {
  element.tabIndex = -1;
  element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  element.focus({ preventScroll: true });
}

export function focusFirstControlIn(row: Element | undefined): void {
  if (row) firstShownControl(row)?.focus({ preventScroll: true });
}

/**
 * Opens a modal dialog. Opened after a click in the text, with nothing focused, a dialog gives focus back
 * to the page as it closes, and Tab then starts again at the page's top, not from where the reader
 * clicked: focus goes instead to the paragraph clicked in (where the caret a click leaves is, as the
 * browser's own Tab would have started from there).
 */
function showModalReturningFocus(dialog: HTMLDialogElement): void {
  const clicked = getSelection()?.anchorNode?.parentElement?.closest('.paragraph') ?? undefined;
  if (clicked && document.activeElement === document.body) {
    // Chrome fires `close` with focus still in the dialog, and then drops it to the page.
    const left = () => document.activeElement === document.body || dialog.contains(document.activeElement);
    dialog.addEventListener('close', () => left() && focusFirstControlIn(clicked), { once: true });
  }
  dialog.showModal();
  // The browser focuses the dialog's first control, which scrolled a list taller than a short screen (a page
  // zoomed) to its foot, its title and first lines out of sight: the dialog itself takes focus, at its top.
  dialog.focus();
  dialog.scrollTop = 0;
}

/** Opens the keyboard shortcuts' list (components/ShortcutsHelp.tsx), from its button or its key. */
export function showShortcuts(): void {
  const help = document.querySelector<HTMLDialogElement>('#shortcuts');
  if (help) showModalReturningFocus(help);
}

/** The first control shown after `element` in the page's order: where Tab would go on from its end. */
export function controlAfter(element: Element): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).find(
    (control) => element.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING && !element.contains(control) && control.checkVisibility(),
  );
}

function firstShownControl(scope: Element): HTMLElement | undefined {
  return Array.from(scope.querySelectorAll<HTMLElement>(FOCUSABLE)).find((element) => element.checkVisibility());
}
