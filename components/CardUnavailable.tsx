'use client';

import { useEffect } from 'react';
import { useReader } from './ReaderContext';
import type { Open } from './WordCard';

type Props = {
  initial?: Open | null;
  strings: { failed: string };
  /** Asks for the card's script again; resolves once the card has it. */
  retry: () => Promise<unknown>;
};

/**
 * Stands in for the word card where its script failed to load (the connection dropped), rather than the
 * page's error boundary taking the whole reader away. Each word the reader opens asks for the script again,
 * as the connection may be back, and the card then opens; if it fails again, the reader is told that the
 * word's data could not be loaded, and the article reads on.
 */
export function CardUnavailable({ initial, strings, retry }: Props) {
  const { announce } = useReader();
  const pinned = initial?.pinned ? initial : null;
  useEffect(() => {
    if (!pinned) return;
    let current = true;
    retry().catch(() => current && announce(strings.failed));
    return () => {
      current = false;
    };
  }, [pinned, retry, announce, strings.failed]);
  return null;
}
