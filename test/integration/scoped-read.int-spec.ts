import { Pool, type PoolClient } from 'pg';
import { queryScoped } from '@klarsicht/api-core';
import { createClient, signUpFirm, type Firm } from '../support/factories';
import { ownerUrl, startTestApp, type TestApp } from '../support/test-app';
import { appUrlFor } from '../support/urls';

// A read-only GraphQL operation sends each hot read as one pipeline (scope + statement + Sync): one round trip,
// its own implicit transaction, and nothing of the scope left on the pooled connection afterwards.
describe('Scoped single-statement reads', () => {
  let sut: TestApp;
  let log: string[] = [];
  let a: Firm;
  let b: Firm;

  beforeAll(async () => {
    // One pooled connection: every request and every check below runs on the same PostgreSQL session.
    sut = await startTestApp({}, { poolSize: 1, onQuery: (sql) => void log.push(sql) });
    [a, b] = [await signUpFirm(sut), await signUpFirm(sut)];
    for (const name of ['Alpha 1', 'Alpha 2']) await createClient(sut, a.token, name);
    await createClient(sut, b.token, 'Beta 1');
  });

  afterAll(async () => {
    await sut.close();
  });

  const tenantSettingOfTheSession = async (): Promise<string | null> =>
    (
      await sut.dataSource.query<{ tenant: string | null }[]>(
        `SELECT current_setting('app.tenant_id', true) AS tenant`,
      )
    )[0].tenant;

  it('runs a clients page as one statement without START TRANSACTION or COMMIT, with only the caller’s rows', async () => {
    log = [];
    const result = await sut.gql<{ clients: { totalCount: number; edges: { node: { name: string } }[] } }>(
      '{ clients(first: 10) { totalCount edges { node { name } } } }',
      {},
      { token: a.token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.clients.edges.map((e) => e.node.name)).toEqual(['Alpha 1', 'Alpha 2']);
    expect(result.data?.clients.totalCount).toBe(2);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^SELECT .* FROM client c/s);
    // The scope ended with the statement's implicit transaction.
    expect(['', null]).toContain(await tenantSettingOfTheSession());
  });

  it('keeps mutations in one explicit transaction', async () => {
    log = [];
    await createClient(sut, b.token, 'Beta 2');
    expect(log[0]).toMatch(/^START TRANSACTION/);
    expect(log.at(-1)).toBe('COMMIT');
    expect(['', null]).toContain(await tenantSettingOfTheSession());
  });

  it('answers two firms alternately on the same connection with their own rows only', async () => {
    for (let i = 0; i < 20; i++) {
      const firm = i % 2 === 0 ? a : b;
      const result = await sut.gql<{
        clients: { edges: { node: { name: string } }[] };
        portfolioSummary: { clientCount: number };
      }>(
        '{ clients(first: 10) { edges { node { name } } } portfolioSummary { clientCount } }',
        {},
        { token: firm.token },
      );
      expect(result.errors).toBeUndefined();
      const names = result.data?.clients.edges.map((e) => e.node.name) ?? [];
      expect(names).toEqual(firm === a ? ['Alpha 1', 'Alpha 2'] : ['Beta 1', 'Beta 2']);
      expect(result.data?.portfolioSummary.clientCount).toBe(2);
    }
  });

  it('answers a forged cursor with BAD_USER_INPUT and leaves the connection usable', async () => {
    for (const forged of [
      ['Alpha 1', 'not-a-uuid'],
      [7, '00000000-0000-4000-8000-000000000000'],
      'not-a-cursor',
    ]) {
      const after = Buffer.from(typeof forged === 'string' ? forged : JSON.stringify(forged)).toString(
        'base64url',
      );
      const bad = await sut.gql(
        'query ($after: String) { clients(first: 1, after: $after) { totalCount } }',
        { after },
        { token: a.token },
      );
      expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.['fields']).toEqual({ after: 'Invalid cursor' });
    }
    const good = await sut.gql<{ clients: { totalCount: number } }>(
      '{ clients(first: 1) { totalCount } }',
      {},
      { token: a.token },
    );
    expect(good.data?.clients.totalCount).toBe(2);
  });

  describe('queryScoped on a raw connection of the runtime role', () => {
    let pool: Pool;
    let connection: PoolClient;
    const count = {
      name: 'ks_test_count',
      text: 'SELECT count(*)::int AS n FROM client',
      values: [] as unknown[],
    };
    const scopeOf = (firm: Firm) => [firm.tenantId, '', firm.userId] as const;

    beforeAll(async () => {
      pool = new Pool({ connectionString: appUrlFor(ownerUrl()), max: 1 });
      connection = await pool.connect();
    });

    afterAll(async () => {
      connection.release();
      await pool.end();
    });

    it('sees exactly the scoped tenant’s rows, and none without a scope', async () => {
      expect(await queryScoped(connection, scopeOf(a), count)).toEqual([{ n: 2 }]);
      expect(await queryScoped(connection, scopeOf(b), count)).toEqual([{ n: 2 }]);
      // The same statement without a scope, outside any pipeline: row-level security shows nothing.
      expect((await connection.query(count)).rows).toEqual([{ n: 0 }]);
      const setting = await connection.query(`SELECT current_setting('app.tenant_id', true) AS tenant`);
      expect(['', null]).toContain(setting.rows[0].tenant);
    });

    it('rolls back a failed pipeline as a whole and keeps pg’s prepared-statement bookkeeping right', async () => {
      // Fails at Bind (the statement itself was prepared): the next use must not prepare it again.
      const byId = {
        name: 'ks_test_by_id',
        text: 'SELECT name FROM client WHERE id = $1::uuid',
        values: ['not-a-uuid'] as unknown[],
      };
      await expect(queryScoped(connection, scopeOf(a), byId)).rejects.toThrow(
        /invalid input syntax for type uuid/,
      );
      expect(
        await queryScoped(connection, scopeOf(a), {
          ...byId,
          values: ['00000000-0000-4000-8000-000000000000'],
        }),
      ).toEqual([]);
      // Fails at Parse: the next use must prepare it again (and fail the same way, not with "does not exist").
      const broken = { name: 'ks_test_broken', text: 'SELECT nope FROM client', values: [] as unknown[] };
      await expect(queryScoped(connection, scopeOf(a), broken)).rejects.toThrow(
        /column "nope" does not exist/,
      );
      await expect(queryScoped(connection, scopeOf(a), broken)).rejects.toThrow(
        /column "nope" does not exist/,
      );
      // A write in a failed pipeline is gone, and the session is in no transaction (a plain statement runs).
      expect((await connection.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      expect(await queryScoped(connection, scopeOf(a), count)).toEqual([{ n: 2 }]);
    });
  });
});
