import { existsSync } from 'node:fs';

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium that Playwright, Lighthouse and the screenshot script drive: CHROME_PATH if set,
 * else a system Chromium. Undefined means "none found here": Playwright then uses its own download.
 */
export function browserExecutable(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return systemBrowsers.find((candidate) => existsSync(candidate));
}
