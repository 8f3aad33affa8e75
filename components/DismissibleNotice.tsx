import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { controlAfter } from '@/lib/focus';
import { reachFromFoot } from '@/lib/reading-place';

/**
 * A notice about the study store that stays until the student hides it: its message, any action it
 * offers (`children`, before the dismiss button), and the button that hides it; in the page's flow, or
 * held at the foot of the screen (`atFoot`).
 */
export function DismissibleNotice({
  message,
  dismissLabel,
  onDismiss,
  children,
  atFoot = false,
}: {
  message: string;
  dismissLabel: string;
  onDismiss: () => void;
  children?: ReactNode;
  atFoot?: boolean;
}) {
  /**
   * What the student was on before the notice, to give the focus back to: anywhere, for a notice at the foot;
   * below it, for one in the page's flow (from above, the control after it is where they were going).
   */
  const cameFrom = useRef<HTMLElement | null>(null);
  function remember(from: EventTarget | null, notice: HTMLElement) {
    if (from instanceof Node && notice.contains(from)) return;
    const control = from instanceof HTMLElement && from !== document.body ? from : null;
    cameFrom.current = control && (atFoot || notice.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) ? control : null;
  }
  const noticeRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // Held over the page's foot, it covered the last of the list on a phone, out of reach however far the
    // student scrolled: the page gets room below as high as the notice, and a control focused there scrolls
    // clear of it. Measured, as its height varies with its language and the screen's width.
    const notice = noticeRef.current;
    if (!atFoot || !notice) return;
    const page = document.documentElement;
    const observer = new ResizeObserver(() => {
      // With room for a focus ring, as the reader leaves above its link notice.
      const room = `${Math.ceil(reachFromFoot(notice)) + 8}px`;
      document.body.style.paddingBottom = room;
      page.style.scrollPaddingBottom = room;
    });
    observer.observe(notice);
    return () => {
      observer.disconnect();
      document.body.style.removeProperty('padding-bottom');
      page.style.removeProperty('scroll-padding-bottom');
    };
  }, [atFoot]);
  return (
    <div
      ref={noticeRef}
      role="alert"
      className={atFoot ? 'notice notice-at-foot' : 'notice'}
      onFocus={(event) => remember(event.relatedTarget, event.currentTarget)}
      // Safari does not focus a button it clicks: what had the focus is taken as the pointer comes down.
      onPointerDown={(event) => remember(document.activeElement, event.currentTarget)}
    >
      <p>{message}</p>
      <div className="toolbar mt-2">
        {children}
        <button
          type="button"
          className="chip"
          onClick={(event) => {
            // The button goes with its notice, and focus would fall to the page: a screen reader would lose its
            // place. The control after a notice at the foot is at the page's top, far from the student; the one
            // after the flashcards' notice is a direction button, where a Space meant to show the card's answer
            // would change the direction.
            const back = cameFrom.current?.isConnected ? cameFrom.current : controlAfter(event.currentTarget.closest('.notice')!);
            back?.focus({ preventScroll: true });
            onDismiss();
          }}
        >
          {dismissLabel}
        </button>
      </div>
    </div>
  );
}
