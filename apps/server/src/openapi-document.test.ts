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

  it('tells clients that every operation may answer with an RFC 9457 problem', async () => {
    const document = JSON.parse(await generateOpenApi());
    const operations = Object.values(document.paths).flatMap((path) => Object.values(path as object));
    expect(operations.length).toBeGreaterThan(40);
    for (const operation of operations)
      expect(operation.responses['4XX'].content['application/problem+json'].schema).toEqual({
        $ref: '#/components/schemas/Problem',
      });
    expect(document.components.schemas.Problem.required).toContain('status');
  });
});
