'use client';

import { createContext, useContext, type RefObject } from 'react';
import type { ParagraphRange } from '@/lib/paragraph-range';
import type { ReaderSettings } from '@/lib/reader-settings';
import type { StudyState } from '@/lib/study';
import type { Announce, Withdraw } from './useAnnouncer';

export type ReaderContextValue = {
  settings: ReaderSettings;
  /**
   * Changes settings for this visit and saves them on the device. True when it has said something itself:
   * that the device would not save them, which a caller's own message would cover.
   */
  update(changes: Partial<ReaderSettings>): boolean;
  /** Shows both languages: the reader's own view where it does (a link asked for one), else the default, saved. */
  showBothLanguages(): void;
  /** The element that holds the reader; islands attach their delegated listeners to it. */
  rootRef: RefObject<HTMLDivElement | null>;
  /** Announces a short message in the reader's live region. */
  announce: Announce;
  withdraw: Withdraw;
  /** Copies a link and says so; where the browser refuses, shows the link to copy by hand. */
  copyLink(url: string): Promise<void>;
  /** Copies the link to a paragraph or range of this article, as copyLink does. */
  copyParagraphsLink(range: ParagraphRange): Promise<void>;
  /** Changes the study data on the device; resolves false, having said so, when it could not be saved. */
  changeStudy(change: (state: StudyState) => StudyState): Promise<boolean>;
};

export const ReaderContext = createContext<ReaderContextValue | null>(null);

export function useReader(): ReaderContextValue {
  const value = useContext(ReaderContext);
  if (!value) throw new Error('useReader must be used inside <ReaderProvider>');
  return value;
}
