/** The pinned word card's ×, on its content and on its loading or failed message alike. */
export function CardCloseButton({ label, onClose }: { label: string; onClose(): void }) {
  return (
    <button type="button" className="card-close" onClick={onClose} aria-label={label}>
      ×
    </button>
  );
}
