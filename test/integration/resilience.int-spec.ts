import { Client } from 'pg';
import { createClient, signUpFirm, type Firm } from '../support/factories';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { ownerUrl, startTestApp, type TestApp } from '../support/test-app';

// The api reaches PostgreSQL through a proxy the test controls: cut connections, added latency.
describe('Database faults: honest 503s, bounded waits, recovery without a restart', () => {
  let proxy: TcpProxy;
  let sut: TestApp;
  let firm: Firm;

  const CLIENTS = '{ clients(first: 5) { totalCount } }';
  const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const started = Date.now();
    const value = await work();
    return { value, ms: Date.now() - started };
  };
  const countClients = async (name: string): Promise<number> => {
    const db = new Client({ connectionString: ownerUrl() });
    await db.connect();
    try {
      const { rows } = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM client WHERE name = $1',
        [name],
      );
      return rows[0]?.n ?? -1;
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    const target = new URL(ownerUrl());
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    sut = await startTestApp(
      {},
      { via: { host: '127.0.0.1', port: proxy.port }, statementTimeoutMs: 800, acquireTimeoutMs: 1000 },
    );
    firm = await signUpFirm(sut);
    await createClient(sut, firm.token, 'Vorher GmbH');
  });
  afterAll(async () => {
    await sut.close();
    await proxy.close();
  });
  afterEach(() => {
    proxy.restore();
    proxy.setLatency(0);
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After on GraphQL, REST and /health while the database is gone', async () => {
    proxy.cut();
    const query = await timed(() => sut.gql(CLIENTS, {}, { token: firm.token }));
    expect(query.value.status).toBe(503);
    expect(query.value.headers.get('retry-after')).toBe('5');
    expect(query.value.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: 5 });
    expect(query.value.data).toBeNull();
    expect(query.ms).toBeLessThan(5000);

    const mutation = await sut.gql(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { name: 'Ausfall GmbH' } },
      { token: firm.token },
    );
    expect(mutation.status).toBe(503);
    expect(mutation.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');

    const rest = await fetch(`${sut.url}/api/audit-events/export`, {
      headers: { authorization: `Bearer ${firm.token}` },
    });
    expect(rest.status).toBe(503);
    expect(rest.headers.get('retry-after')).toBe('5');
    expect(await rest.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });

    const health = await fetch(`${sut.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'degraded', database: 'down' });
    expect((await fetch(`${sut.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${sut.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not_ready', database: 'down' });

    // Back: the same process and pool serve again, and the refused mutation left nothing behind.
    proxy.restore();
    const after = await sut.gql<{ clients: { totalCount: number } }>(CLIENTS, {}, { token: firm.token });
    expect(after.status).toBe(200);
    expect(after.data?.clients.totalCount).toBe(1);
    expect(await countClients('Ausfall GmbH')).toBe(0);
    expect((await fetch(`${sut.url}/health`)).status).toBe(200);
    const readyAgain = await fetch(`${sut.url}/health/ready`);
    expect(await readyAgain.json()).toEqual({
      status: 'ready',
      database: 'up',
      pendingMigrations: 0,
      draining: false,
    });
  });

  it('gives up on a database slower than the statement timeout within the bound, then recovers', async () => {
    proxy.setLatency(3000);
    const slow = await timed(() => sut.gql(CLIENTS, {}, { token: firm.token }));
    expect(slow.value.status).toBe(503);
    expect(slow.value.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    // statement timeout 800 ms + 1 s client-side margin, plus the acquisition bound for a fresh connection
    expect(slow.ms).toBeLessThan(4000);
    proxy.setLatency(0);
    // Connections stuck behind the slow answers drain; within a few seconds every request is served again.
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await sut.gql(CLIENTS, {}, { token: firm.token })).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    const burst = await Promise.all(
      Array.from({ length: 10 }, () =>
        sut.gql<{ clients: { totalCount: number } }>(CLIENTS, {}, { token: firm.token }),
      ),
    );
    expect(burst.map((r) => r.data?.clients.totalCount)).toEqual(Array(10).fill(1));
  });

  it('never half-applies a mutation when connections are cut under write load', async () => {
    const acknowledged: string[] = [];
    const codes = new Set<string>();
    let writing = true;
    const writer = async (n: number): Promise<void> => {
      for (let i = 0; writing; i++) {
        const name = `Last ${n}-${i}`;
        const result = await sut.gql<{ createClient: { id: string } }>(
          `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
          { input: { name } },
          { token: firm.token },
        );
        if (result.data?.createClient.id) acknowledged.push(result.data.createClient.id);
        for (const error of result.errors ?? []) codes.add(String(error.extensions?.['code']));
        expect(result.status === 200 || result.status === 503).toBe(true);
      }
    };
    const writers = [1, 2, 3].map(writer);
    for (let cut = 0; cut < 3; cut++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, 200));
      proxy.restore();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    writing = false;
    await Promise.all(writers);
    expect([...codes].filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    // Every acknowledged client exists with its audit event; nothing exists that was not written whole.
    const db = new Client({ connectionString: ownerUrl() });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string; audited: boolean }>(
        `SELECT c.id, EXISTS (SELECT 1 FROM audit_event e WHERE e.tenant_id = c.tenant_id AND e.action = 'client.created' AND e.entity_id = c.id) AS audited
           FROM client c WHERE c.tenant_id = $1 AND c.name LIKE 'Last %'`,
        [firm.tenantId],
      );
      expect(rows.every((row) => row.audited)).toBe(true);
      const stored = new Set(rows.map((row) => row.id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await db.end();
    }
    const verified = await sut.gql<{ verifyAuditChain: { valid: boolean } }>(
      '{ verifyAuditChain { valid } }',
      {},
      { token: firm.token },
    );
    expect(verified.data?.verifyAuditChain.valid).toBe(true);
  });
});
