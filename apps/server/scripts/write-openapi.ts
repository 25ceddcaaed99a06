import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateOpenApi } from '../src/openapi-document.ts';

/** Writes packages/sdk/openapi.json from the route schemas; `npm run openapi` then regenerates the SDK types. */
const target = fileURLToPath(new URL('../../../packages/sdk/openapi.json', import.meta.url));
writeFileSync(target, await generateOpenApi());
console.log(`wrote ${target}`);
