'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/** False while the server's HTML is being hydrated, true afterwards: for content that only the device knows. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
