import { DataSource, type QueryRunner } from 'typeorm';
import { beginScoped, connectionOf, inlineScopeSql, ScopedBeginClient, SCOPE_SQL } from '@klarsicht/api-core';
import { ownerUrl } from '../support/test-app';

const TENANT = '01900000-0000-7000-8000-000000000001';
const CLIENT = '01900000-0000-7000-8000-000000000002';
const USER = '01900000-0000-7000-8000-000000000003';

// The one adapter over the pg driver (libs/api/core/src/lib/database/pg-adapter.ts): begin + scope in one round trip.
describe('pg adapter', () => {
  const scoped = new DataSource({
    type: 'postgres',
    url: ownerUrl(),
    extra: { max: 1, Client: ScopedBeginClient },
  });
  const plain = new DataSource({ type: 'postgres', url: ownerUrl(), extra: { max: 1 } });

  beforeAll(async () => {
    await Promise.all([scoped.initialize(), plain.initialize()]);
  });

  afterAll(async () => {
    await Promise.all([scoped.destroy(), plain.destroy()]);
  });

  const setting = async (runner: QueryRunner, name: string): Promise<string | null> =>
    (
      (await runner.query(`SELECT current_setting($1, true) AS value`, [name])) as { value: string | null }[]
    )[0].value;

  it('inlineScopeSql writes uuids and empty values as literals and refuses anything else', () => {
    expect(inlineScopeSql([TENANT, '', USER])).toBe(
      `SELECT set_config('app.tenant_id', '${TENANT}', true), set_config('app.client_id', '', true), set_config('app.user_id', '${USER}', true)`,
    );
    expect(inlineScopeSql([TENANT, "'; DROP TABLE client; --", USER])).toBeNull();
    expect(inlineScopeSql(['not-a-uuid', '', ''])).toBeNull();
  });

  it('opens the transaction and sets the scope in one message, and the scope ends with the transaction', async () => {
    const runner = scoped.createQueryRunner();
    await runner.connect();
    try {
      const connection = connectionOf(runner);
      if (!(connection instanceof ScopedBeginClient))
        throw new Error('the pool did not make a ScopedBeginClient');
      const sent: unknown[] = [];
      const original = connection.query.bind(connection);
      const spy = jest
        .spyOn(connection, 'query')
        .mockImplementation((...args: Parameters<typeof original>) => {
          sent.push(args[0]);
          return original(...args);
        });
      expect(await beginScoped(runner, inlineScopeSql([TENANT, CLIENT, USER])!)).toBe(true);
      spy.mockRestore();
      // TypeORM's own START TRANSACTION is the only message sent: the adapter appends the scope to it on the wire.
      expect(sent).toEqual(['START TRANSACTION']);
      expect(connection.pendingBegin).toBeNull();
      expect(runner.isTransactionActive).toBe(true);
      expect(await setting(runner, 'app.tenant_id')).toBe(TENANT);
      expect(await setting(runner, 'app.client_id')).toBe(CLIENT);
      expect(await setting(runner, 'app.user_id')).toBe(USER);
      await runner.commitTransaction();
      expect(['', null]).toContain(await setting(runner, 'app.tenant_id'));
      // The next plain START TRANSACTION on this pooled connection carries nothing.
      await runner.startTransaction();
      expect(['', null]).toContain(await setting(runner, 'app.tenant_id'));
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  });

  it('a failing scope statement rolls the begin back and leaves nothing pending on the connection', async () => {
    const runner = scoped.createQueryRunner();
    await runner.connect();
    try {
      await expect(
        beginScoped(runner, `SELECT set_config('app.tenant_id', '${TENANT}', true), 1 / 0`),
      ).rejects.toThrow(/division by zero/);
      const connection = connectionOf(runner);
      if (!(connection instanceof ScopedBeginClient))
        throw new Error('the pool did not make a ScopedBeginClient');
      expect(connection.pendingBegin).toBeNull();
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      expect(((await runner.query('SELECT 1 AS ok')) as { ok: number }[])[0].ok).toBe(1);
      expect(['', null]).toContain(await setting(runner, 'app.tenant_id'));
    } finally {
      await runner.release();
    }
  });

  it('with pg’s own Client it sends nothing and says so (the caller then sets the scope itself)', async () => {
    const runner = plain.createQueryRunner();
    await runner.connect();
    try {
      expect(await beginScoped(runner, inlineScopeSql([TENANT, '', USER])!)).toBe(false);
      expect(runner.isTransactionActive).toBe(false);
      // The parameterised form the caller falls back to.
      await runner.startTransaction();
      await runner.query(SCOPE_SQL, [TENANT, '', USER]);
      expect(await setting(runner, 'app.tenant_id')).toBe(TENANT);
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  });
});
