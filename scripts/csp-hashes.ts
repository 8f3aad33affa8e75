// Runs after `next build` (npm run build): hashes the inline scripts of every prerendered page, so
// proxy.ts can allow exactly those in each page's Content-Security-Policy while the pages stay static.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cspManifestFile, distDir, type CspManifest } from '../lib/csp-manifest';

const appDir = path.join(distDir, 'server', 'app');
const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

function pagePath(htmlFile: string): string {
  const route = path.relative(appDir, htmlFile).split(path.sep).join('/').replace(/\.html$/, '');
  return route === 'index' ? '/' : `/${route}`;
}

function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (/\bsrc=/.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

const manifest: CspManifest = {};
for (const entry of readdirSync(appDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = path.join(entry.parentPath, entry.name);
  manifest[pagePath(file)] = inlineScriptHashes(readFileSync(file, 'utf8'));
}

const pages = Object.keys(manifest).length;
if (!manifest['/_not-found']) {
  console.error(`No prerendered 404 page in ${appDir}: run this after \`next build\`.`);
  process.exit(1);
}
writeFileSync(cspManifestFile, JSON.stringify(manifest));
const scripts = Object.values(manifest).reduce((sum, hashes) => sum + hashes.length, 0);
console.log(`CSP: ${scripts} inline script hashes for ${pages} prerendered pages → ${cspManifestFile}`);
