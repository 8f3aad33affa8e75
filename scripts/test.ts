// `npm test`: unit tests, a production build, then the end-to-end tests in real Chromium.
// Ends with one line `N passed, N failed`, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { browserExecutable } from './browser';
import { fixtureBuildEnv, writeFixtureContent } from './fixture-build';

const resultsDir = path.resolve('.test-results');
const unitReport = path.join(resultsDir, 'unit.json');
const e2eReport = path.join(resultsDir, 'e2e.json');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

/** CHROME_PATH, else the system Chromium, else Playwright's own, installed if this machine can download it. */
function ensureBrowser(): boolean {
  const system = browserExecutable();
  if (system) {
    console.log(`Browser for e2e: ${system}`);
    return true;
  }
  if (existsSync(chromium.executablePath())) return true;
  console.log('No system Chromium found; trying `npx playwright install chromium`.');
  if (run('npx', ['playwright', 'install', 'chromium']) === 0 && existsSync(chromium.executablePath())) return true;
  console.error(
    [
      '',
      'The end-to-end tests need Chromium, and none could be found or installed.',
      '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-core fonts-hosny-amiri',
      '  macOS:         install Google Chrome, then CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
      '  Anywhere:      set CHROME_PATH to a Chromium or Chrome binary.',
    ].join('\n'),
  );
  return false;
}

function readJson(file: string): any {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
let passed = 0;
let failed = 0;

run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = readJson(unitReport);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numFailedTestSuites ?? 0);
} else failed += 1;

if (run('npm', ['run', 'build']) !== 0) {
  console.error('The production build failed, so the end-to-end tests cannot run.');
  failed += 1;
} else if (!ensureBrowser()) {
  failed += 1;
} else {
  writeFixtureContent();
  if (run('npm', ['run', 'build'], fixtureBuildEnv) !== 0) {
    console.error('The fixture build (hostile content, a long article) failed, so its tests cannot run.');
    failed += 1;
  }
  run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON: e2eReport });
  const e2e = readJson(e2eReport);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  } else failed += 1;
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(path.join(resultsDir, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
