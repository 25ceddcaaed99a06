import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApi } from './openapi-document.ts';

describe('the committed OpenAPI document', () => {
  it('matches the routes (run `npm run openapi` after changing a route)', async () => {
    const committed = readFileSync(new URL('../../../packages/sdk/openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(await generateOpenApi());
  });

  it('is OpenAPI 3.1', async () => {
    expect(JSON.parse(await generateOpenApi()).openapi).toBe('3.1.0');
  });
});
