/** What a keyboard user can land on in the reader's chrome and text. */
const FOCUSABLE = 'a[href], button:not([disabled]), input, select, summary, [tabindex="0"]';

/**
 * Focus left on an element that a change has hidden (V to "English only" with an Arabic word focused, E
 * with a legend button focused) falls to the page, and a screen reader hears nothing. It goes instead to
 * the first control still shown in the nearest part of the page around it: the paragraph's number, say.
 */
export function keepFocusShown(previous: Element | null): void {
  if (!(previous instanceof HTMLElement) || previous === document.body || previous.checkVisibility()) return;
  for (let scope = previous.parentElement; scope && scope !== document.body; scope = scope.parentElement) {
    const shown = Array.from(scope.querySelectorAll<HTMLElement>(FOCUSABLE)).find((element) => element.checkVisibility());
    if (shown) return shown.focus({ preventScroll: true });
  }
}
