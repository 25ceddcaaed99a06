import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .optional();

/** Every setting comes from the environment, validated here once. README has the table. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  CROSSGOV_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Crossgov <no-reply@crossgov.localhost>'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_DISPLAY_NAME: z.string().default('single sign-on'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  COOKIE_SECURE: booleanFlag,
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  WEB_DIST: z.string().optional(),
  ANONYMOUS_READ_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(300),
  TRANSLATION_URL: z.string().url().optional(),
  TRANSLATION_PROVIDER_NAME: z.string().min(1).max(80).default('LibreTranslate'),
  TRANSLATION_API_KEY: z.string().optional(),
  TRUST_PROXY: z
    .string()
    .refine(
      (value) =>
        value === 'true' ||
        value === 'false' ||
        value
          .split(',')
          .every((entry) => /^[0-9a-fA-F:.]*[.:][0-9a-fA-F:.]*(\/\d{1,3})?$/.test(entry.trim())),
      'true, false, or the addresses and ranges of your proxies, such as 10.0.0.0/8',
    )
    .default('false'),
});

/** Fastify's trustProxy: believe X-Forwarded-For only from proxies the operator names (default: none). */
function trustProxyOf(value: string): boolean | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  oidc:
    | { issuer: string; clientId: string; clientSecret: string | undefined; displayName: string }
    | undefined;
  sessionDays: number;
  cookieSecure: boolean;
  loginRateLimit: number;
  webDist: string | undefined;
  /** Reads per minute per address for anonymous callers of participation pages (consultations). */
  anonymousReadRateLimit: number;
  /** A LibreTranslate-compatible machine translation service; none when unset (people translate by hand). */
  translation: { url: string; providerName: string; apiKey: string | undefined } | undefined;
  /** Which proxies' X-Forwarded-For to believe for the client address (rate limits, logs). */
  trustProxy: boolean | string;
}

/** `NAME=` in a shell or a service file means "not set", as it does for most servers. */
function withoutEmptyValues(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(withoutEmptyValues(environment));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
          displayName: env.OIDC_DISPLAY_NAME,
        }
      : undefined;
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    dataDir: resolve(env.CROSSGOV_DATA_DIR),
    logLevel: env.LOG_LEVEL,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    oidc,
    sessionDays: env.SESSION_DAYS,
    cookieSecure: env.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    loginRateLimit: env.LOGIN_RATE_LIMIT,
    webDist: env.WEB_DIST,
    anonymousReadRateLimit: env.ANONYMOUS_READ_RATE_LIMIT,
    translation: env.TRANSLATION_URL
      ? {
          url: env.TRANSLATION_URL,
          providerName: env.TRANSLATION_PROVIDER_NAME,
          apiKey: env.TRANSLATION_API_KEY,
        }
      : undefined,
    trustProxy: trustProxyOf(env.TRUST_PROXY),
  };
}
