import { Client as PgClient } from 'pg';
import { JobsService, RequestContextFactory, SYSTEM_PRINCIPAL } from '@klarsicht/api-core';
import { PortfolioService, type SnapshotCounts } from '@klarsicht/api-portfolio';
import { createApiKey } from '../support/api-keys';
import { addMember, createClient, createWhatsAppAccount, signUpFirm } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { appUrlFor } from '../support/urls';

type Snapshot = {
  day: string;
  clientCount: number;
  byLevel: { level: string; count: number }[];
  openTasks: number;
  overdueTasks: number;
};

const HISTORY = `query ($days: Int) { portfolioHistory(days: $days) { day clientCount byLevel { level count } openTasks overdueTasks } }`;
const DAY_MS = 86_400_000;

const berlinDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
const daysAgo = (days: number): string => berlinDay(new Date(Date.now() - days * DAY_MS));
const counts = (day: string, clientCount: number): SnapshotCounts => ({
  day,
  clientCount,
  red: clientCount,
  amber: 0,
  green: 0,
  openTasks: 3,
  overdueTasks: 1,
});

describe('Portfolio history', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  const history = async (token: string, days?: number): Promise<Snapshot[]> => {
    const result = await sut.gql<{ portfolioHistory: Snapshot[] }>(
      HISTORY,
      days === undefined ? {} : { days },
      { token },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.portfolioHistory;
  };

  const saveAs = (tenantId: string, snapshots: SnapshotCounts[]): Promise<void> =>
    sut.app
      .get(RequestContextFactory)
      .runSeparately(SYSTEM_PRINCIPAL(tenantId), { ip: null, userAgent: null, requestId: null }, (ctx) =>
        sut.app.get(PortfolioService).save(ctx, snapshots),
      );

  it('shows a new firm today’s figures from the live portfolio, and keeps one row per day', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token);
    await createWhatsAppAccount(sut, firm.token, {
      clientId,
      variant: 'PRIVATE_APP',
      answers: { usedForBusiness: true },
    });

    const [today, ...rest] = await history(firm.token);
    expect(rest).toEqual([]);
    expect(today).toMatchObject({ day: berlinDay(new Date()), clientCount: 1, overdueTasks: 0 });
    expect(today.byLevel).toEqual([
      { level: 'RED', count: 1 },
      { level: 'AMBER', count: 0 },
      { level: 'GREEN', count: 0 },
    ]);
    expect(today.openTasks).toBeGreaterThan(0);

    await createClient(sut, firm.token);
    const again = await history(firm.token);
    expect(again.map((s) => [s.day, s.clientCount])).toEqual([[berlinDay(new Date()), 2]]);
  });

  it('answers the requested window, oldest first', async () => {
    const firm = await signUpFirm(sut);
    await saveAs(firm.tenantId, [counts(daysAgo(40), 4), counts(daysAgo(5), 6), counts(daysAgo(1), 7)]);
    expect((await history(firm.token)).map((s) => s.day)).toEqual([
      daysAgo(40),
      daysAgo(5),
      daysAgo(1),
      daysAgo(0),
    ]);
    expect((await history(firm.token, 30)).map((s) => [s.day, s.clientCount])).toEqual([
      [daysAgo(5), 6],
      [daysAgo(1), 7],
      [daysAgo(0), 0],
    ]);
    const invalid = await sut.gql(HISTORY, { days: 0 }, { token: firm.token });
    expect(invalid.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('keeps firms apart: firm B sees none of firm A’s snapshots, in the API or in the database', async () => {
    const firmA = await signUpFirm(sut);
    const firmB = await signUpFirm(sut);
    await createClient(sut, firmA.token);
    await saveAs(firmA.tenantId, [counts(daysAgo(3), 9), counts(daysAgo(2), 9)]);
    expect(await history(firmA.token)).toHaveLength(3);

    const seenByB = await history(firmB.token);
    expect(seenByB.map((s) => [s.day, s.clientCount])).toEqual([[daysAgo(0), 0]]);

    const runtime = new PgClient({ connectionString: appUrlFor(sut.ownerUrl) });
    await runtime.connect();
    try {
      await runtime.query('BEGIN');
      await runtime.query(`SELECT set_config('app.tenant_id', $1, true)`, [firmB.tenantId]);
      const { rows } = await runtime.query(
        `SELECT count(*)::int AS n FROM portfolio_snapshot WHERE tenant_id = $1`,
        [firmA.tenantId],
      );
      expect(rows[0].n).toBe(0);
      await expect(
        runtime.query(
          `INSERT INTO portfolio_snapshot (id, tenant_id, day, client_count, red, amber, green, open_tasks, overdue_tasks) VALUES (gen_random_uuid(), $1, current_date - 10, 1, 1, 0, 0, 0, 0)`,
          [firmA.tenantId],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await runtime.query('ROLLBACK').catch(() => undefined);
      await runtime.end();
    }
  });

  it('is for firm staff only: client users and client-bound keys are refused', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token);
    const clientAdmin = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId);
    const auditor = await addMember(sut, firm.token, 'AUDITOR');
    expect(await history(auditor.token)).toHaveLength(1);
    const refused = await sut.gql(HISTORY, {}, { token: clientAdmin.token });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const boundKey = await createApiKey(sut, firm.token, {
      scopes: ['CLIENTS_READ', 'TASKS_READ'],
      clientId,
    });
    const byKey = await sut.gql(HISTORY, {}, { token: boundKey.secret });
    expect(byKey.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('records today’s snapshot for every firm in the daily job', async () => {
    const firmA = await signUpFirm(sut);
    const firmB = await signUpFirm(sut);
    await createClient(sut, firmA.token);
    await createClient(sut, firmB.token);
    await createClient(sut, firmB.token);
    await sut.app.get(JobsService).runNow('portfolio-snapshot');

    const owner = new PgClient({ connectionString: sut.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ tenant_id: string; client_count: number }>(
        `SELECT tenant_id, client_count FROM portfolio_snapshot WHERE tenant_id = ANY($1::uuid[]) AND day = (now() AT TIME ZONE 'Europe/Berlin')::date ORDER BY client_count`,
        [[firmA.tenantId, firmB.tenantId]],
      );
      expect(rows).toEqual([
        { tenant_id: firmA.tenantId, client_count: 1 },
        { tenant_id: firmB.tenantId, client_count: 2 },
      ]);
    } finally {
      await owner.end();
    }
  });
});
