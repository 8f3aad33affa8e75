import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { browserExecutable } from './scripts/browser';
import { fixtureBuildEnv } from './scripts/fixture-build';

const port = Number(process.env.E2E_PORT ?? 3100);
const fixturePort = port + 1;
// `npm test` always makes the fixture build; a hand run of one spec need not.
const hasFixtureBuild = existsSync(path.join(fixtureBuildEnv.JISR_DIST_DIR, 'BUILD_ID'));
// Specs that read the fixture build's content (scripts/fixture-build.ts).
const fixtureSpecs = ['hostile-content.spec.ts', 'long-article.spec.ts'];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // The clean-clone CI machine has run three times slower than a developer's, and islands hydrate only after
  // the page loads: the vocabulary page's reset notice once took longer than the default 5 s to show there.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: browserExecutable() },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: fixtureSpecs,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    {
      name: 'mobile',
      testIgnore: fixtureSpecs,
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } },
    },
    ...(hasFixtureBuild
      ? [
          {
            name: 'fixture-content',
            testMatch: fixtureSpecs,
            use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: `http://localhost:${fixturePort}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npx next start -p ${port}`,
      url: `http://localhost:${port}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(hasFixtureBuild
      ? [
          {
            command: `npx next start -p ${fixturePort}`,
            env: fixtureBuildEnv,
            url: `http://localhost:${fixturePort}/en`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
