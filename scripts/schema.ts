// `npm run schema`: writes content/schema/*.json from the zod schemas, so editors autocomplete content files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas } from '../lib/content/json-schemas';

const dir = path.resolve('content/schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas())) {
  writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote content/schema/${name}`);
}
