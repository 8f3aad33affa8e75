// Where a page's main-thread time goes while it loads, at 4× CPU slowdown (Lighthouse's mobile figure):
// its long tasks, its time by kind (framework, hydration, RSC payload, our code, the browser's own work),
// and the functions that take most, named through the build's source maps. For finding what to cut;
// the budgets are `npm run bench`'s. Needs a build with source maps, served:
//   JISR_SOURCE_MAPS=1 JISR_DIST_DIR=.next-profile npm run build
//   JISR_DIST_DIR=.next-profile npx next start -p 3200 &
//   npx tsx scripts/profile.ts http://localhost:3200/en/articles/damascus-baghdad-security-coordination .next-profile
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map';
import { browserExecutable } from './browser';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const [url, distDir = '.next-profile'] = process.argv.slice(2);
if (!url) {
  console.error('usage: tsx scripts/profile.ts <url> [distDir]');
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: browserExecutable() });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  const tasks: number[][] = [];
  Object.assign(window, { __longTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
  }).observe({ type: 'longtask', buffered: true });
});
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(3000);
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
const longTasks = (await page.evaluate(() => (window as unknown as { __longTasks: number[][] }).__longTasks)) ?? [];
await browser.close();

// Each script's source map, found through its sourceMappingURL comment.
const maps = new Map<string, SourceMapConsumer | null>();
async function mapOf(scriptUrl: string): Promise<SourceMapConsumer | null> {
  if (!maps.has(scriptUrl)) {
    const file = /\/_next\/static\/(.*)$/.exec(scriptUrl)?.[1];
    const js = file && path.join(distDir, 'static', file);
    const ref = js && existsSync(js) ? /sourceMappingURL=(\S+)/.exec(readFileSync(js, 'utf8'))?.[1] : undefined;
    const mapFile = ref && path.join(path.dirname(js!), ref);
    maps.set(scriptUrl, mapFile && existsSync(mapFile) ? await new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  return maps.get(scriptUrl)!;
}

async function nameOf({ callFrame: frame }: ProfileNode): Promise<string> {
  const map = frame.url ? await mapOf(frame.url) : null;
  const original = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (original?.source) return `${original.name ?? (frame.functionName || '(anonymous)')} ${original.source.split('/').slice(-2).join('/')}`;
  return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}`.trim();
}

function kindOf(name: string): string {
  if (/^\((idle|program|garbage collector)\)/.test(name)) return name.slice(1, name.indexOf(')'));
  if (/react-dom/.test(name)) return 'react-dom (hydration, commits)';
  if (/react-server-dom/.test(name)) return 'RSC payload';
  if (/ (components|lib|app)\/\w+\.tsx?$/.test(name) && !/ (client\/)?components\/[a-z-]+\.tsx?$/.test(name)) return 'our code';
  if (/build-base|runtime-base|turbopack/.test(name)) return 'module evaluation';
  return 'other (framework, libraries, browser APIs)';
}

const selfTime = new Map<string, number>();
const elapsed = new Map<number, number>();
profile.samples.forEach((id, i) => elapsed.set(id, (elapsed.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
for (const node of profile.nodes) {
  const name = await nameOf(node);
  selfTime.set(name, (selfTime.get(name) ?? 0) + (elapsed.get(node.id) ?? 0));
}
const byKind = new Map<string, number>();
for (const [name, ms] of selfTime) byKind.set(kindOf(name), (byKind.get(kindOf(name)) ?? 0) + ms);

const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
console.log(`${url}, 4× CPU slowdown`);
console.log(`\nlong tasks (start, duration): ${longTasks.map(([start, duration]) => `${start}+${duration}`).join(', ') || 'none'}`);
console.log(`total blocking time: ${Math.round(longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration! - 50), 0))} ms`);
console.log('\nmain thread by kind:');
for (const [kind, value] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`${ms(value)}  ${kind}`);
console.log('\nfunctions by self time:');
for (const [name, value] of [...selfTime].filter(([name]) => !/^\(idle\)/.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${ms(value)}  ${name}`);
}
