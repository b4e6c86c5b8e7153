import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '@klarsicht/api-core';
import { HEALTH_PROBES, type HealthProbes } from './health-probes';

type DatabaseHealth = 'up' | 'down' | 'recovering';

/**
 * `/health` (the product's own view: ok or degraded), `/health/live` (the process answers: restart it if not) and
 * `/health/ready` (send it traffic: database reachable, migrations current, not shutting down). docs/operations.md.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HEALTH_PROBES) private readonly probes: HealthProbes,
  ) {}

  @Public()
  @Get()
  async health(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ status: 'ok' | 'degraded'; database: DatabaseHealth }> {
    const database = await this.database();
    if (database !== 'up') void reply.status(503).header('retry-after', '5');
    return { status: database === 'up' ? 'ok' : 'degraded', database };
  }

  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<{
    status: 'ready' | 'not_ready';
    database: DatabaseHealth;
    pendingMigrations: number | null;
    draining: boolean;
  }> {
    const draining = this.probes.draining();
    let database = await this.database();
    let pendingMigrations: number | null = null;
    if (database === 'up') {
      try {
        const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM typeorm_migrations');
        const applied = new Set(rows.map((row) => row.name));
        pendingMigrations = this.dataSource.migrations.filter((m) => !applied.has(m.name ?? '')).length;
      } catch {
        database = 'down';
      }
    }
    const ready = !draining && database === 'up' && pendingMigrations === 0;
    if (!ready) void reply.status(503);
    return { status: ready ? 'ready' : 'not_ready', database, pendingMigrations, draining };
  }

  private async database(): Promise<DatabaseHealth> {
    if (this.probes.databaseState?.() === 'recovering') return 'recovering';
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }
}
