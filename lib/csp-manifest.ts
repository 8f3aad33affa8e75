import path from 'node:path';

/** Next's build output folder; a second build (the hostile-content fixture) uses its own. */
export const distDir = process.env.JISR_DIST_DIR || '.next';

/**
 * Each prerendered page's path (`/en/articles/…/3`, `/_not-found`) → the `'sha256-…'` sources of
 * its inline scripts. Written by scripts/csp-hashes.ts after `next build`, read by proxy.ts.
 */
export type CspManifest = Record<string, string[]>;

export const cspManifestFile = path.join(distDir, 'csp-hashes.json');
