import { z } from 'zod';
import { articleFileSchema, entitiesFileSchema, lexiconFileSchema, wordsFileSchema } from './schema';

/** JSON Schemas for editors, generated from the zod contract; file name → schema. */
export function contentJsonSchemas(): Record<string, object> {
  return {
    'article.schema.json': z.toJSONSchema(articleFileSchema, { io: 'input' }),
    'words.schema.json': z.toJSONSchema(wordsFileSchema, { io: 'input' }),
    'lexicon.schema.json': z.toJSONSchema(lexiconFileSchema, { io: 'input' }),
    'entities.schema.json': z.toJSONSchema(entitiesFileSchema, { io: 'input' }),
  };
}
