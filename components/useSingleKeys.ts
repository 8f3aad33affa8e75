'use client';

import { useSyncExternalStore } from 'react';
import { singleKeysOn, subscribeToSingleKeys } from '@/lib/keyboard';

/**
 * Whether the single-key shortcuts are on, kept current as the reader turns them off or on. The server
 * cannot read the device's choice: the page is rendered with them on, and reads it as it hydrates.
 */
export function useSingleKeys(): boolean {
  return useSyncExternalStore(subscribeToSingleKeys, singleKeysOn, () => true);
}
