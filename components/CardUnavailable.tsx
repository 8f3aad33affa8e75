'use client';

import { useEffect } from 'react';
import { useReader } from './ReaderContext';
import type { Open } from './WordCard';

/**
 * Stands in for the word card where its script failed to load (the connection dropped), rather than the
 * page's error boundary taking the whole reader away: each word the reader opens says that its data could
 * not be loaded, and the article reads on.
 */
export function CardUnavailable({ initial, strings }: { initial?: Open | null; strings: { failed: string } }) {
  const { announce } = useReader();
  const opened = initial?.pinned ? initial.id : null;
  useEffect(() => {
    if (opened) announce(strings.failed);
  }, [opened, announce, strings.failed]);
  return null;
}
