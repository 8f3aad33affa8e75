'use client';

import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** Announced after a link is copied, and when copying fails. */
  copied: string;
  copyFailed: string;
};

/**
 * One client island around the server-rendered reader. It handles every paragraph's
 * copy and share buttons by delegation, so the paragraphs themselves stay server components.
 */
export function ReaderInteractions({ children, copied, copyFailed }: Props) {
  const [interactive, setInteractive] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState('');
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    setInteractive(true);
    setCanShare(typeof navigator.share === 'function');
    // A paragraph link (/…/7 or /…/3-5) opens scrolled to its first paragraph; a #fragment wins.
    if (!window.location.hash) document.querySelector('[data-highlighted]')?.scrollIntoView({ block: 'start' });
    return () => clearTimeout(clearTimer.current);
  }, []);

  function announce(message: string) {
    setStatus(message);
    clearTimeout(clearTimer.current);
    clearTimer.current = setTimeout(() => setStatus(''), 4000);
  }

  async function onClick(event: MouseEvent<HTMLDivElement>) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-link]');
    if (!button?.dataset.link) return;
    const url = button.dataset.link;
    if (button.dataset.action === 'share') {
      // The person may dismiss the share sheet; that is not an error to report.
      await navigator.share({ url, title: document.title }).catch(() => undefined);
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      announce(copied);
    } catch {
      announce(copyFailed);
    }
  }

  return (
    // Clicks bubble here from the paragraph buttons, which are real <button>s with their own keyboard support.
    // data-interactive reveals the script-only controls once they work (see .js-only).
    <div onClick={onClick} data-interactive={interactive || undefined} data-can-share={canShare || undefined}>
      {children}
      <p role="status" className="toast" data-visible={status ? true : undefined}>
        {status}
      </p>
    </div>
  );
}
