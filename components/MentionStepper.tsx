'use client';

type Props = {
  /** "Fuad Hussein: mention 1 of 2". */
  status: string;
  labels: { previous: string; next: string; close: string };
  onStep(step: 1 | -1): void;
  onClose(): void;
};

/**
 * Steps on through an entity's mentions from where the last one is, so a reader need not scroll back to the
 * entity index for each. Fixed under the header, clear of the mention centred below it.
 */
export function MentionStepper({ status, labels, onStep, onClose }: Props) {
  return (
    <div role="group" aria-label={status} className="mention-stepper">
      <span aria-hidden="true">{status}</span>
      <button type="button" className="chip" aria-label={labels.previous} onClick={() => onStep(-1)}>
        ‹
      </button>
      <button type="button" className="chip" aria-label={labels.next} onClick={() => onStep(1)}>
        ›
      </button>
      <button type="button" className="chip" aria-label={labels.close} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
