import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const defaultWebDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Serves the built web app; any non-API path falls back to index.html so client routes load directly. */
export async function registerSpa(app: FastifyInstance, webDist = defaultWebDist): Promise<boolean> {
  if (!existsSync(`${webDist}/index.html`)) return false;
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  return true;
}
