import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { MailTransport } from '../mail/mail.service.ts';
import { registerAccountEmailRoutes } from './account-email.routes.ts';
import { registerAdminUserRoutes } from './admin-user.routes.ts';
import { registerApiTokenRoutes } from './api-token.routes.ts';
import { registerMeRoutes } from './me.routes.ts';
import { registerOidcRoutes } from './oidc.routes.ts';
import { createOidcLogin } from './oidc.service.ts';
import { registerSessionRoutes } from './session.routes.ts';

export interface AccountDeps {
  db: Database;
  config: Config;
  /** Not used by the routes: mail is queued in the outbox and delivered by the server's mail loop. */
  mailTransport: MailTransport | undefined;
}

export async function registerAccountRoutes(app: FastifyInstance, deps: AccountDeps): Promise<void> {
  registerSessionRoutes(app, deps);
  registerAccountEmailRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerAdminUserRoutes(app, deps);
  const oidc = deps.config.oidc ? createOidcLogin(deps.config.oidc, deps.config.publicUrl) : undefined;
  registerOidcRoutes(app, deps, oidc);
}
