import type { ParagraphRange } from './paragraph-range';
import { paragraphRows } from './reading-place';

/** Whether the selection holds text of this row's Arabic or English: touching its edge is not enough. */
function holdsTextOf(selected: Range, row: HTMLElement): boolean {
  return [...row.querySelectorAll('.pane-ar, .pane-en')].some((pane) => {
    if (!selected.intersectsNode(pane)) return false;
    const part = document.createRange();
    part.selectNodeContents(pane);
    if (selected.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(selected.startContainer, selected.startOffset);
    if (selected.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(selected.endContainer, selected.endOffset);
    return part.toString().trim() !== '';
  });
}

/** The paragraphs whose text is selected, or null when none is. In the browser only. */
export function selectedParagraphs(selection: Selection | null): ParagraphRange | null {
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const selected = selection.getRangeAt(0);
  const rows = paragraphRows().filter((row) => selected.intersectsNode(row) && holdsTextOf(selected, row));
  const numbers = rows.map((row) => Number(row.dataset.paragraph));
  return numbers.length ? { from: Math.min(...numbers), to: Math.max(...numbers) } : null;
}
