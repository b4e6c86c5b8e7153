import { Client } from 'pg';
import { JobsService } from '@klarsicht/api-core';
import { createClient, signUpFirm } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { appUrlFor } from '../support/urls';

describe('Background jobs (pg-boss)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ JOBS_ENABLED: 'true', JOBS_POLL_SECONDS: '0.5' });
  });
  afterAll(() => app.close());

  it('start as the runtime role and enqueue jobs into the queues the owner created', async () => {
    const jobs = app.app.get(JobsService);
    expect(jobs.started).toBe(true);
    const id = await jobs.send('document-review-due', { probe: true });
    expect(id).toEqual(expect.any(String));
    const owner = new Client({ connectionString: app.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query(`SELECT name, data FROM pgboss.job WHERE id = $1`, [id]);
      expect(rows).toEqual([{ name: 'document-review-due', data: { probe: true } }]);
    } finally {
      await owner.end();
    }
  });

  it('leave DDL to the owner: the runtime role cannot create queues (partitions) itself', async () => {
    const runtime = new Client({ connectionString: appUrlFor(app.ownerUrl) });
    await runtime.connect();
    try {
      await expect(runtime.query(`SELECT pgboss.create_queue('intruder', '{}'::json)`)).rejects.toThrow(
        /permission denied/,
      );
      const { rows } = await runtime.query(`SELECT has_schema_privilege('pgboss', 'CREATE') AS can_create`);
      expect(rows[0].can_create).toBe(false);
    } finally {
      await runtime.end();
    }
  });

  it('run per-tenant work in each tenant’s own scope, seeing only that tenant’s rows', async () => {
    const firmA = await signUpFirm(app);
    const firmB = await signUpFirm(app);
    const clientA = await createClient(app, firmA.token);
    const clientB1 = await createClient(app, firmB.token);
    const clientB2 = await createClient(app, firmB.token);
    const seen = new Map<string, string[]>();
    await app.app.get(JobsService).forEachTenant('probe', async (ctx) => {
      const rows: { id: string }[] = await ctx.query('SELECT id FROM client ORDER BY id');
      seen.set(
        ctx.principal.tenantId ?? 'none',
        rows.map((r) => r.id),
      );
    });
    expect(seen.get(firmA.tenantId)).toEqual([clientA]);
    expect(seen.get(firmB.tenantId)?.sort()).toEqual([clientB1, clientB2].sort());
  });

  it('show tenants to a transaction only when it asks for the system scope, and never their data', async () => {
    await signUpFirm(app);
    const runtime = new Client({ connectionString: appUrlFor(app.ownerUrl) });
    await runtime.connect();
    try {
      expect((await runtime.query('SELECT count(*)::int AS n FROM tenant')).rows[0].n).toBe(0);
      await runtime.query('BEGIN');
      await runtime.query(`SELECT set_config('app.system', 'on', true)`);
      expect((await runtime.query('SELECT count(*)::int AS n FROM tenant')).rows[0].n).toBeGreaterThan(0);
      expect((await runtime.query('SELECT count(*)::int AS n FROM client')).rows[0].n).toBe(0);
      await expect(runtime.query(`UPDATE tenant SET name = 'x'`)).resolves.toMatchObject({ rowCount: 0 });
      await runtime.query('ROLLBACK');
    } finally {
      await runtime.end();
    }
  });
});
