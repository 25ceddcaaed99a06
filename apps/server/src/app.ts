import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { ZodObject } from 'zod';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { registerAccountRoutes } from './modules/accounts/account.routes.ts';
import { registerAssemblyRoutes } from './modules/assemblies/assembly.routes.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { registerBudgetRoutes } from './modules/budgets/budget.routes.ts';
import { registerConsultationRoutes } from './modules/consultations/consultation.routes.ts';
import { translationProviderFrom } from './modules/consultations/translation-provider.ts';
import { registerConversationRoutes } from './modules/conversations/conversation.routes.ts';
import { registerDirectoryRoutes } from './modules/directory/directory.routes.ts';
import { registerJurisdictionRoutes } from './modules/directory/jurisdiction.routes.ts';
import { registerHealthRoutes } from './modules/health/health.routes.ts';
import type { MailTransport } from './modules/mail/mail.service.ts';
import { registerOutboxRoutes } from './modules/mail/outbox.routes.ts';
import { registerNetworkRoutes } from './modules/networks/network.routes.ts';
import { registerOrganisationRoutes } from './modules/organisations/organisation.routes.ts';
import { registerPairingRoutes } from './modules/pairing/pairing.routes.ts';
import { registerPersonRoutes } from './modules/people/person.routes.ts';
import { databaseRateLimitStore } from './modules/rate-limits/rate-limit.store.ts';
import { registerSpaceRoutes } from './modules/spaces/space.routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerSpa } from './plugins/spa.ts';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  /** Where e-mail goes; undefined keeps it in the outbox (viewable by admins). */
  mailTransport?: MailTransport | undefined;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from this folder (default apps/web/dist); false to serve the API only. */
  serveWeb?: boolean;
}

export interface RouteInfo {
  method: string;
  url: string;
}

/** Builds the whole HTTP application. Tests call this with a throw-away database and `app.inject`. */
declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route, for the authorisation matrix test and the OpenAPI check. */
    routeList: RouteInfo[];
  }
}

/**
 * Request bodies are strict: a field the route does not know is a 400 naming it, never silently dropped (an
 * edit with a misspelt "descriptons" must not save the rest and quietly lose the description).
 */
const strictBodies: typeof validatorCompiler = (route) =>
  validatorCompiler(
    route.httpPart === 'body' && route.schema instanceof ZodObject
      ? { ...route, schema: route.schema.strict() }
      : route,
  );

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 256 * 1024,
    // Only proxies the operator names may set the client address (rate limits are keyed on it).
    trustProxy: deps.config.trustProxy,
    // Paths, query strings and bodies are validated by Zod; never echo a stack trace.
    return503OnClosing: true,
  });
  app.setValidatorCompiler(strictBodies);
  app.setSerializerCompiler(serializerCompiler);

  const routeList: RouteInfo[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || !route.url.startsWith('/api/')) continue;
      if (route.url.startsWith('/api/docs')) continue;
      routeList.push({ method, url: route.url });
    }
  });

  registerErrorHandling(app);
  await app.register(cookie);
  // Counted in the database, so that every process behind a load balancer shares one budget.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(deps.database.db) });
  await registerOpenApi(app);
  registerAuth(app, deps.database.db);

  const db = deps.database.db;
  const config = deps.config;
  registerHealthRoutes(app, deps.database);
  await registerAccountRoutes(app, { db, config, mailTransport: deps.mailTransport });
  registerOrganisationRoutes(app, { db, publicUrl: config.publicUrl });
  registerSpaceRoutes(app, { db, publicUrl: config.publicUrl });
  registerAssemblyRoutes(app, { db, config });
  registerPersonRoutes(app, { db });
  registerNetworkRoutes(app, { db });
  registerDirectoryRoutes(app, { db });
  registerJurisdictionRoutes(app);
  registerPairingRoutes(app, { db });
  // Statements scale with the login limit (default 10 -> 60 statements per 10 minutes, 900 votes a minute).
  registerConversationRoutes(app, {
    db,
    statementRateLimit: config.loginRateLimit * 6,
    publicUrl: config.publicUrl,
  });
  registerConsultationRoutes(app, { db, config, translation: translationProviderFrom(config) });
  registerBudgetRoutes(app, { db, config });
  registerAuditRoutes(app, { db });
  registerOutboxRoutes(app, { db });

  if (deps.serveWeb !== false) await registerSpa(app, config.webDist);
  return app;
}
