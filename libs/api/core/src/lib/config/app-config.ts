import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const optionalUrl = z
  .string()
  .url()
  .optional()
  .or(z.literal('').transform(() => undefined));

// Every setting the api reads: name, parser with default, and a one-line description (README's table is generated
// from it by scripts/config-table.mjs, and CI checks it).
export const CONFIG_SCHEMA = {
  NODE_ENV: [
    z.enum(['development', 'production', 'test']).default('development'),
    'Runtime mode; production turns off introspection, enables secure cookies and HSTS (https PUBLIC_URL).',
  ],
  WEB_CONCURRENCY: [
    z.coerce.number().int().min(1).max(64).optional(),
    'Worker processes serving one port (node:cluster; docs/scaling.md § Worker mode). Default: the number of cores with NODE_ENV=production, otherwise 1.',
  ],
  PORT: [
    z.coerce.number().int().min(0).max(65535).default(3000),
    'HTTP port the api (and the built web) listens on.',
  ],
  HOST: [z.string().min(1).default('0.0.0.0'), 'Interface to bind.'],
  PUBLIC_URL: [
    optionalUrl,
    'Public base URL used in links (confirmation, invitation) and for passkeys (its host is the WebAuthn relying party id, its origin the one browsers must report); defaults to http://localhost:PORT.',
  ],
  SSO_ALLOW_HTTP_ISSUER: [
    bool.default(false),
    'Accept a firm SSO issuer on plain http:// (a local identity provider, the tests); never in production.',
  ],
  DATA_DIR: [
    z.string().min(1).default('.data'),
    'Directory for the embedded PostgreSQL, local files and generated secrets.',
  ],
  DATABASE_URL: [
    optionalUrl,
    'PostgreSQL connection of the owner role that runs migrations; unset = embedded PostgreSQL under DATA_DIR.',
  ],
  DATABASE_APP_URL: [
    optionalUrl,
    'PostgreSQL connection of the runtime role; unset = DATABASE_URL with user klarsicht_app.',
  ],
  DATABASE_APP_PASSWORD: [
    z.string().optional(),
    'Password for the derived runtime role klarsicht_app; unset = generated into DATA_DIR/secrets.json.',
  ],
  DATABASE_POOL_SIZE: [
    z.coerce.number().int().min(1).max(200).default(10),
    'Connections in the runtime pool.',
  ],
  DATABASE_STATEMENT_TIMEOUT_MS: [
    z.coerce.number().int().min(100).max(600_000).default(15_000),
    'Longest a runtime SQL statement may run before PostgreSQL cancels it (the request answers 503).',
  ],
  DATABASE_ACQUIRE_TIMEOUT_MS: [
    z.coerce.number().int().min(100).max(120_000).default(5_000),
    'Longest a request waits for a pool connection (or a new connection) before answering 503.',
  ],
  SHUTDOWN_GRACE_SECONDS: [
    z.coerce.number().min(0).max(600).default(25),
    'On SIGTERM/SIGINT: how long in-flight requests and running jobs may take before the process closes anyway.',
  ],
  EMBEDDED_PG_PORT: [
    z.coerce.number().int().min(1024).max(65535).default(54329),
    'Port of the embedded PostgreSQL (only without DATABASE_URL).',
  ],
  JWT_SECRET: [
    z.string().min(32).optional(),
    'HMAC secret for access tokens (≥ 32 chars); unset = generated into DATA_DIR/secrets.json.',
  ],
  ACCESS_TOKEN_TTL_SECONDS: [
    z.coerce.number().int().min(60).max(3600).default(900),
    'Lifetime of an access token.',
  ],
  REFRESH_TOKEN_TTL_DAYS: [
    z.coerce.number().int().min(1).max(90).default(14),
    'Lifetime of a refresh-token family without use.',
  ],
  ENCRYPTION_KEY: [
    z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes, base64')
      .optional(),
    'AES-256-GCM key (base64, 32 bytes) for personal data; unset = generated into DATA_DIR/secrets.json.',
  ],
  BLIND_INDEX_KEY: [
    z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes, base64')
      .optional(),
    'HMAC-SHA-256 key (base64, 32 bytes) for lookup indexes; unset = generated into DATA_DIR/secrets.json.',
  ],
  GRAPHQL_INTROSPECTION: [bool.optional(), 'Allow schema introspection; default on except in production.'],
  LOG_LEVEL: [
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    'Log level of the JSON logs.',
  ],
  SEED_DEMO: [bool.default(true), 'Seed the demo firm when the database has no tenant yet.'],
  LOGIN_MAX_FAILURES_PER_ACCOUNT: [
    z.coerce.number().int().min(1).default(100),
    'Failed sign-ins per account per hour before sign-in is refused.',
  ],
  LOGIN_MAX_FAILURES_PER_IP: [
    z.coerce.number().int().min(1).default(1000),
    'Failed sign-ins per IP address per hour before sign-in is refused.',
  ],
  PASSWORD_RESET_MAX_PER_IP: [
    z.coerce.number().int().min(1).default(20),
    'Password reset requests per client IP per hour (each account also gets at most 3 reset mails an hour).',
  ],
  REQUEST_INTAKE_MAX_PER_IP: [
    z.coerce.number().int().min(1).default(5),
    "Data subject requests through a client's public intake form per client IP per hour.",
  ],
  REQUEST_INTAKE_MAX_PER_FORM: [
    z.coerce.number().int().min(1).default(50),
    'Data subject requests through one public intake form per hour, from all IPs together.',
  ],
  API_RATE_LIMIT_PER_KEY: [
    z.coerce.number().int().min(1).default(300),
    'Requests per API key per rate-limit window (shared by all api replicas, kept in PostgreSQL).',
  ],
  API_RATE_LIMIT_PER_IP: [
    z.coerce.number().int().min(1).default(600),
    'API-key requests (valid or not) per client IP per rate-limit window (shared by all replicas).',
  ],
  API_RATE_LIMIT_WINDOW_SECONDS: [
    z.coerce.number().int().min(1).max(3600).default(60),
    'Length of the API rate-limit window in seconds.',
  ],
  CONSENT_CONFIRMATION_TTL_DAYS: [
    z.coerce.number().min(0.001).max(90).default(7),
    'Days a double opt-in confirmation link stays valid.',
  ],
  CONSENT_IMPORT_MAX_BYTES: [
    z.coerce
      .number()
      .int()
      .min(1024)
      .default(512 * 1024 * 1024),
    'Largest consent CSV import accepted (bytes).',
  ],
  DOCUMENT_MAX_BYTES: [
    z.coerce
      .number()
      .int()
      .min(1024)
      .default(25 * 1024 * 1024),
    'Largest document upload accepted (bytes); larger uploads get 413.',
  ],
  FILE_STORAGE: [
    z.enum(['local', 's3']).default('local'),
    'Where document files are stored: local disk or an S3-compatible store.',
  ],
  FILES_DIR: [z.string().min(1).optional(), 'Directory of the local file storage; unset = DATA_DIR/files.'],
  S3_BUCKET: [z.string().min(1).optional(), 'Bucket for FILE_STORAGE=s3.'],
  S3_PREFIX: [z.string().default(''), 'Key prefix inside the bucket, e.g. "klarsicht/".'],
  S3_REGION: [z.string().default('eu-central-1'), 'Region of the bucket.'],
  S3_ENDPOINT: [optionalUrl, 'Endpoint of an S3-compatible store (MinIO, Ceph, Hetzner …); unset = AWS.'],
  S3_FORCE_PATH_STYLE: [
    bool.default(false),
    'Path-style bucket addressing (most S3-compatible stores need it).',
  ],
  S3_ACCESS_KEY_ID: [z.string().optional(), 'Access key; unset = the AWS default credential chain.'],
  S3_SECRET_ACCESS_KEY: [z.string().optional(), 'Secret key for S3_ACCESS_KEY_ID.'],
  JOBS_ENABLED: [bool.default(true), 'Run background jobs (pg-boss workers and schedules) in this process.'],
  JOBS_POLL_SECONDS: [
    z.coerce.number().min(0.5).max(600).default(10),
    'How often an idle worker asks for new jobs.',
  ],
  SMTP_URL: [
    optionalUrl,
    'SMTP server mail is sent through, e.g. smtp://user:pass@host:587 (smtps:// for TLS); unset = each mail is written as an .eml file under DATA_DIR/mail/.',
  ],
  MAIL_FROM: [z.string().min(3).default('Klarsicht <no-reply@klarsicht.local>'), 'Sender of every mail.'],
  MAIL_MAX_ATTEMPTS: [
    z.coerce.number().int().min(1).max(100).default(12),
    'Delivery attempts of a mail before it is marked FAILED (the wait doubles from MAIL_RETRY_BASE_SECONDS, at most 1 hour).',
  ],
  MAIL_RETRY_BASE_SECONDS: [
    z.coerce.number().min(0).max(3600).default(30),
    'Wait before the second delivery attempt of a mail; each further attempt waits twice as long.',
  ],
  MAIL_RETENTION_DAYS: [
    z.coerce.number().int().min(1).max(3650).default(90),
    'Days a sent or failed mail stays in the outbox (recipient, template, status); the audit trail keeps that it was sent.',
  ],
  REMINDER_OFFSETS_DAYS: [
    z
      .string()
      .regex(/^\d{1,3}(,\d{1,3})*$/, 'comma-separated whole days, e.g. 7,1,0')
      .default('7,1,0')
      .transform((v) => [...new Set(v.split(',').map(Number))].sort((a, b) => b - a)),
    'Days before a task, document review or advice answer is due on which its reminder is mailed (plus once when overdue; advice weekly until answered).',
  ],
  MESSAGING_SECRET_GRACE_HOURS: [
    z.coerce.number().min(0).max(720).default(24),
    'Hours a messaging channel still accepts its previous webhook secret after a rotation.',
  ],
  MESSAGING_WEBHOOK_MAX_BYTES: [
    z.coerce
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024)
      .default(1024 * 1024),
    'Largest webhook body /hooks/whatsapp/:channelId accepts (413 above).',
  ],
  MESSAGING_WEBHOOK_RATE_LIMIT_PER_MINUTE: [
    z.coerce.number().int().min(1).default(1200),
    'Webhook deliveries per messaging channel per minute (shared by all replicas, kept in PostgreSQL).',
  ],
  WEB_DIST: [z.string().default('dist/apps/web'), 'Directory of the built web app served at /.'],
  TRUST_PROXY: [bool.default(false), 'Trust X-Forwarded-For from a reverse proxy for client IPs.'],
} as const;

type Schema = typeof CONFIG_SCHEMA;
export type AppConfig = { [K in keyof Schema]: z.infer<Schema[K][0]> };

export class ConfigError extends Error {}

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const shape = Object.fromEntries(Object.entries(CONFIG_SCHEMA).map(([key, [parser]]) => [key, parser]));
  const input = Object.fromEntries(
    Object.keys(CONFIG_SCHEMA).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data as AppConfig;
};

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The public base URL without a trailing slash: links in messages, the SSO redirect, the WebAuthn relying party. */
export const publicBaseUrl = (config: Pick<AppConfig, 'PUBLIC_URL' | 'PORT'>): string =>
  (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
