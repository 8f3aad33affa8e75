import type { ReactNode } from 'react';

/**
 * A notice about the study store that stays until the student hides it: its message, any action it
 * offers (`children`, before the dismiss button), and the button that hides it.
 */
export function DismissibleNotice({
  message,
  dismissLabel,
  onDismiss,
  children,
}: {
  message: string;
  dismissLabel: string;
  onDismiss: () => void;
  children?: ReactNode;
}) {
  return (
    <div role="alert" className="notice">
      <p>{message}</p>
      <div className="toolbar mt-2">
        {children}
        <button type="button" className="chip" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </div>
  );
}
