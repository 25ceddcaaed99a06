import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** RFC 9457, as plugins/errors.ts writes it. */
const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: { type: 'string', description: 'https://crossgov.dev/problems/<code>, e.g. version_conflict' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong, for a person' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      description: 'The fields at fault, e.g. body.names.sv.text',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

type OpenApiDocument = ReturnType<typeof jsonSchemaTransformObject>;

/** Every operation may answer with a problem: say so, so that typed clients know the shape of `error`. */
function withProblemResponses(document: OpenApiDocument): OpenApiDocument {
  const doc = document as {
    components?: { schemas?: Record<string, unknown> };
    paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
  };
  doc.components = { ...doc.components, schemas: { ...doc.components?.schemas, Problem: PROBLEM_SCHEMA } };
  for (const operations of Object.values(doc.paths ?? {}))
    for (const operation of Object.values(operations)) {
      operation.responses = {
        ...operation.responses,
        '4XX': problemResponse('Refused: the problem says why and names the fields'),
        '5XX': problemResponse('Failed on the server; nothing about it is revealed'),
      };
    }
  return document;
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Crossgov API',
        version: '0.1.0',
        description:
          'One API for the web app, the CLI and other systems. Errors are RFC 9457 problem+json. ' +
          'Authenticate with the session cookie (writes need the X-CSRF-Token header) or a personal API token ' +
          '(`Authorization: Bearer cg_...`).',
      },
      components: {
        securitySchemes: {
          bearerToken: { type: 'http', scheme: 'bearer', description: 'Personal API token' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'crossgov_session' },
        },
      },
      security: [{ bearerToken: [] }, { sessionCookie: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => withProblemResponses(jsonSchemaTransformObject(input)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
