import { Client } from 'pg';
import { join } from 'node:path';
import type { AppConfig } from '@klarsicht/api-core';
import type { ResolvedSecrets } from '../config/secrets';
import type { DatabaseState } from './embedded';

export const OWNER_ROLE = 'klarsicht_owner';
export const APP_ROLE = 'klarsicht_app';
// Migrations grant table privileges to this NOLOGIN group; the login role the api uses is a member.
export const RUNTIME_GROUP = 'klarsicht_runtime';
export const EMBEDDED_DATABASE = 'klarsicht';

export type DatabasePlan = {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
  // The embedded server's supervisor state (restarting after a crash); absent for an external server.
  state?: () => DatabaseState;
  // The embedded postmaster's process id (the fault tests kill it).
  pid?: () => number | undefined;
};

const withClient = async <T>(url: string, work: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

const roleExists = async (client: Client, role: string): Promise<boolean> =>
  (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;

const ensureLoginRole = async (client: Client, role: string, password: string): Promise<void> => {
  const attributes = `LOGIN PASSWORD ${quoteLiteral(password)} NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`;
  const verb = (await roleExists(client, role)) ? 'ALTER' : 'CREATE';
  await client.query(`${verb} ROLE ${quoteIdent(role)} WITH ${attributes}`);
};

/** Creates the runtime group and login role (idempotent) and makes the login role a member of the group. */
export const ensureRuntimeRoles = async (
  client: Client,
  appRole: string,
  appPassword: string | null,
): Promise<void> => {
  try {
    if (!(await roleExists(client, RUNTIME_GROUP)))
      await client.query(`CREATE ROLE ${RUNTIME_GROUP} NOLOGIN`);
    if (appPassword !== null) await ensureLoginRole(client, appRole, appPassword);
    const member = await client.query(`SELECT pg_has_role($1, $2, 'MEMBER') AS yes`, [
      appRole,
      RUNTIME_GROUP,
    ]);
    if (!member.rows[0]?.yes) await client.query(`GRANT ${RUNTIME_GROUP} TO ${quoteIdent(appRole)}`);
  } catch (error) {
    throw new Error(
      `Could not prepare the runtime database role "${appRole}" (${(error as Error).message}). ` +
        'The DATABASE_URL role needs CREATEROLE, or create the roles yourself and set DATABASE_APP_URL (see docs/operations.md).',
      { cause: error },
    );
  }
};

const withUser = (url: string, user: string, password: string, database?: string): string => {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  if (database) parsed.pathname = `/${database}`;
  return parsed.toString();
};

/**
 * Decides where the data lives and makes sure both roles exist:
 * without DATABASE_URL an embedded PostgreSQL under DATA_DIR/pg, otherwise the given server.
 */
export const provisionDatabase = async (
  config: AppConfig,
  secrets: ResolvedSecrets,
): Promise<DatabasePlan> => {
  if (!config.DATABASE_URL) {
    // Loaded on demand: servers with DATABASE_URL never touch the embedded binaries.
    const { startEmbeddedPostgres } = await import('./embedded');
    const server = await startEmbeddedPostgres(
      join(config.DATA_DIR, 'pg'),
      config.EMBEDDED_PG_PORT,
      secrets.postgresPassword,
    );
    try {
      await withClient(server.url, async (client) => {
        await ensureLoginRole(client, OWNER_ROLE, secrets.ownerPassword);
        await ensureRuntimeRoles(client, APP_ROLE, secrets.appPassword);
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          EMBEDDED_DATABASE,
        ]);
        if (exists.rowCount === 0)
          await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE} OWNER ${OWNER_ROLE}`);
      });
    } catch (error) {
      await server.stop();
      throw error;
    }
    return {
      ownerUrl: withUser(server.url, OWNER_ROLE, secrets.ownerPassword, EMBEDDED_DATABASE),
      appUrl: withUser(server.url, APP_ROLE, secrets.appPassword, EMBEDDED_DATABASE),
      embedded: true,
      stop: server.stop,
      state: server.state,
      pid: server.pid,
    };
  }

  const ownerUrl = config.DATABASE_URL;
  if (config.DATABASE_APP_URL) {
    const appUser = decodeURIComponent(new URL(config.DATABASE_APP_URL).username);
    await withClient(ownerUrl, (client) => ensureRuntimeRoles(client, appUser, null));
    return { ownerUrl, appUrl: config.DATABASE_APP_URL, embedded: false, stop: async () => undefined };
  }
  await withClient(ownerUrl, (client) => ensureRuntimeRoles(client, APP_ROLE, secrets.appPassword));
  return {
    ownerUrl,
    appUrl: withUser(ownerUrl, APP_ROLE, secrets.appPassword),
    embedded: false,
    stop: async () => undefined,
  };
};
