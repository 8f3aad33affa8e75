import { z } from 'zod';
import { articleFileSchema } from './schema';

/** JSON Schemas for editors, generated from the zod contract; file name → schema. */
export function contentJsonSchemas(): Record<string, object> {
  return {
    'article.schema.json': z.toJSONSchema(articleFileSchema, { io: 'input' }),
  };
}
