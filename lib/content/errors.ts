import type { z } from 'zod';

/** Thrown when content breaks the contract. Its message lists every problem as `file: path: what`. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** `['paragraphs', 3, 'en']` → `paragraphs[3].en` */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return 'required';
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

/**
 * The id of the first entry with one on the path (`lemmas[238]` is "shams"): in a file of hundreds of
 * entries, an index alone leaves the author counting.
 */
function idOnPath(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
    const id = typeof key === 'number' && value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

/** Each issue as `file: path (id "…"): what`, from the file's parsed JSON, `raw`. */
export function issuesToProblems(file: string, error: z.ZodError, raw: unknown): string[] {
  return error.issues.map((issue) => {
    const what = describe(issue);
    const id = idOnPath(raw, issue.path);
    const where = formatPath(issue.path) + (id && !what.includes(`"${id}"`) ? ` (id "${id}")` : '');
    return `${file}: ${where ? `${where}: ` : ''}${what}`;
  });
}
