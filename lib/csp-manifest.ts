import path from 'node:path';

/** Next's build output folder. */
export const distDir = '.next';

/**
 * Each prerendered page's path (`/en/articles/…/3`, `/_not-found`) → the `'sha256-…'` sources of
 * its inline scripts. Written by scripts/csp-hashes.ts after `next build`, read by proxy.ts.
 */
export type CspManifest = Record<string, string[]>;

export const cspManifestFile = path.join(distDir, 'csp-hashes.json');
