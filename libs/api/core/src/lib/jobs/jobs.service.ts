import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { RequestContext } from '../context/request-context';
import { RequestContextFactory, SYSTEM_PRINCIPAL } from '../context/request-context.factory';
import { inSystemScope } from '../database/system-scope';

// The schema the owner role installs pg-boss into at migrate time (apps/api/src/database/job-queues.ts).
const JOBS_SCHEMA = 'pgboss';

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;
export type JobOptions = {
  // Cron expression (Europe/Berlin) on which pg-boss enqueues the job; one run per tick across all replicas.
  cron?: string;
};

/**
 * Background jobs on pg-boss: features register a handler per queue (and a schedule) while the app is built;
 * workers start once the app is up. Queues themselves are created by the owner role at migrate time.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, { handler: JobHandler; options: JobOptions }>();
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly contexts: RequestContextFactory,
  ) {}

  /** Call from a module's constructor or onModuleInit. */
  register(queue: string, handler: JobHandler, options: JobOptions = {}): void {
    if (this.handlers.has(queue)) throw new Error(`Job queue ${queue} has two handlers`);
    this.handlers.set(queue, { handler, options });
  }

  get started(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.JOBS_ENABLED) return;
    const { url } = this.dataSource.options as { url?: string };
    const boss = new PgBoss({
      connectionString: url,
      schema: JOBS_SCHEMA,
      max: 2,
      migrate: false,
      supervise: true,
      schedule: true,
      application_name: 'klarsicht-jobs',
    });
    boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const [queue, { handler, options }] of this.handlers) {
      await boss.work<Record<string, unknown>>(
        queue,
        { pollingIntervalSeconds: this.config.JOBS_POLL_SECONDS },
        async (jobs) => {
          for (const job of jobs) await handler(job.data ?? {});
        },
      );
      if (options.cron) await boss.schedule(queue, options.cron, {}, { tz: 'Europe/Berlin' });
    }
    this.logger.log(`Workers started for ${[...this.handlers.keys()].join(', ') || 'no queue'}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Running jobs may finish within the grace period (SIGTERM, see apps/api/src/server.ts); pg-boss retries the rest.
    await boss?.stop({
      graceful: true,
      wait: true,
      timeout: Math.max(1000, this.config.SHUTDOWN_GRACE_SECONDS * 1000),
    });
  }

  /** Enqueues a job for the workers (of any replica). */
  async send(queue: string, data: Record<string, unknown> = {}): Promise<string | null> {
    if (!this.boss) throw new Error('Background jobs are disabled (JOBS_ENABLED=false)');
    return this.boss.send(queue, data);
  }

  /** Runs a queue's handler here and now, without the queue (CLI, operations). */
  async runNow(queue: string, data: Record<string, unknown> = {}): Promise<void> {
    const entry = this.handlers.get(queue);
    if (!entry) throw new Error(`No handler for job queue ${queue}`);
    await entry.handler(data);
  }

  /**
   * Runs work once per tenant, each in its own transaction as the system actor (audited as such).
   * A failing tenant does not stop the others; the job fails afterwards so pg-boss retries it.
   */
  async forEachTenant(job: string, work: (ctx: RequestContext) => Promise<void>): Promise<void> {
    const tenantIds = await inSystemScope(this.dataSource, async (manager) => {
      const rows: { id: string }[] = await manager.query('SELECT id FROM tenant ORDER BY id');
      return rows.map((row) => row.id);
    });
    const failures: string[] = [];
    for (const tenantId of tenantIds) {
      const meta = { ip: null, userAgent: null, requestId: `job:${job}:${randomUUID()}` };
      try {
        await this.contexts.runSeparately(SYSTEM_PRINCIPAL(tenantId), meta, work);
      } catch (error) {
        failures.push(tenantId);
        this.logger.error(`${job} failed for tenant ${tenantId}: ${(error as Error).message}`);
      }
    }
    if (failures.length > 0)
      throw new Error(`${job} failed for ${failures.length} of ${tenantIds.length} tenants`);
  }
}
