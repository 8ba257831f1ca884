// `npm run schema`: writes schema.json, the JSON Schema of a definition file, shipped as
// `sop-ap/schema.json` (generated from the zod schema; a test fails when the committed file differs).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sopJsonSchema } from 'sop-ap';

/** The text of schema.json. */
export function schemaText(): string {
  return `${JSON.stringify(sopJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../../schema.json', import.meta.url));
  writeFileSync(target, schemaText());
  process.stdout.write(`wrote ${target}\n`);
}
