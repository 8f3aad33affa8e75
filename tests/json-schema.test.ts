import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '@/lib/content/json-schemas';

describe('the JSON Schemas shipped for editors', () => {
  it.each(Object.entries(contentJsonSchemas()))('%s is up to date with the zod schema (run npm run schema)', (name, schema) => {
    const shipped = JSON.parse(readFileSync(path.resolve('content/schema', name), 'utf8'));
    expect(shipped).toEqual(schema);
  });

  it('reject an article without paragraphs, as the zod schema does', () => {
    const schema = contentJsonSchemas()['article.schema.json'] as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['slug', 'headline', 'paragraphs']));
  });
});
