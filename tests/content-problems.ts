import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentError } from '@/lib/content/errors';
import { loadLibrary } from '@/lib/content/loader';

export type Json = Record<string, any>;

const fixture = path.join(import.meta.dirname, 'fixtures/content');
const copies: string[] = [];

/** A copy of the valid fixture with some JSON files edited, or files replaced by raw text. */
export function contentWith(edits: Record<string, ((json: Json) => void) | string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'jisr-content-'));
  copies.push(root);
  cpSync(fixture, root, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(root, file);
    if (typeof edit === 'string') {
      writeFileSync(target, edit);
      continue;
    }
    const json = JSON.parse(readFileSync(target, 'utf8'));
    edit(json);
    writeFileSync(target, JSON.stringify(json));
  }
  return root;
}

/** For an afterEach or afterAll: the copies would otherwise pile up in the system's temporary folder. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * What the loader reports about content it rejects. Content it accepts fails the test here, so a check
 * that stopped rejecting is caught rather than read as "no problems".
 */
export function problemsOf(root: string): string[] {
  try {
    loadLibrary(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}
