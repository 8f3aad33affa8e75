// Finds a Chromium for Playwright, Lighthouse and the screenshot script:
// CHROME_PATH if set, else the system Chromium, else Playwright's own download (if present).
import { existsSync } from 'node:fs';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} undefined means: let Playwright use its own browser. */
export function browserExecutable() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return systemCandidates.find((candidate) => existsSync(candidate));
}
