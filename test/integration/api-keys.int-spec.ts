import { randomUUID } from 'node:crypto';
import { generateApiKey } from '@klarsicht/api-api-keys';
import { createApiKey } from '../support/api-keys';
import { addMember, createClient, signUpFirm } from '../support/factories';
import { startTestApp, withOwner, type TestApp } from '../support/test-app';

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }): unknown =>
  result.errors?.[0]?.extensions?.['code'];

describe('API keys', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('returns the secret once, lists the key without it, and authenticates as the key', async () => {
    const firm = await signUpFirm(sut);
    const key = await createApiKey(sut, firm.token, {
      name: 'Shop',
      scopes: ['CLIENTS_READ', 'CONSENTS_WRITE'],
    });
    expect(key.secret).toMatch(/^ks_live_[A-Za-z0-9_-]{86}_[0-9a-f]{8}$/);

    const me = await sut.gql<{ me: { role: string; user: null; scopes: string[]; tenant: { id: string } } }>(
      '{ me { role user { id } scopes tenant { id } } }',
      {},
      { token: key.secret },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({
      role: 'DPO',
      user: null,
      scopes: ['clients:read', 'consents:write'],
      tenant: { id: firm.tenantId },
    });

    const list = await sut.gql<{ apiKeys: Record<string, unknown>[] }>(
      '{ apiKeys { id name prefix scopes clientId active lastUsedAt createdBy } }',
      {},
      { token: firm.token },
    );
    expect(list.data?.apiKeys).toEqual([
      {
        id: key.id,
        name: 'Shop',
        prefix: `ks_live_…${key.secret.slice(-4)}`,
        scopes: ['CLIENTS_READ', 'CONSENTS_WRITE'],
        clientId: null,
        active: true,
        lastUsedAt: expect.any(String),
        createdBy: firm.userId,
      },
    ]);
    expect(JSON.stringify(list.data)).not.toContain(key.secret.slice(8, 60));
  });

  it('rejects a read-only key calling a mutation with FORBIDDEN', async () => {
    const firm = await signUpFirm(sut);
    const key = await createApiKey(sut, firm.token, { scopes: ['CLIENTS_READ'] });
    const read = await sut.gql('{ clients { totalCount } }', {}, { token: key.secret });
    expect(read.errors).toBeUndefined();
    const write = await sut.gql(
      `mutation { createClient(input: { name: "Neu GmbH" }) { id } }`,
      {},
      { token: key.secret },
    );
    expect(codeOf(write)).toBe('FORBIDDEN');
    expect(write.data).toBeNull();
  });

  it('never lets a key manage keys, and only OWNER or DPO create them', async () => {
    const firm = await signUpFirm(sut);
    const key = await createApiKey(sut, firm.token, { scopes: ['CLIENTS_WRITE', 'AUDIT_READ'] });
    const byKey = await sut.gql(
      `mutation { createApiKey(input: { name: "x", scopes: [CLIENTS_READ] }) { secret } }`,
      {},
      { token: key.secret },
    );
    expect(codeOf(byKey)).toBe('FORBIDDEN');
    expect(codeOf(await sut.gql('{ apiKeys { id } }', {}, { token: key.secret }))).toBe('FORBIDDEN');
    const assistant = await addMember(sut, firm.token, 'ASSISTANT');
    const byAssistant = await sut.gql(
      `mutation { createApiKey(input: { name: "x", scopes: [CLIENTS_READ] }) { secret } }`,
      {},
      { token: assistant.token },
    );
    expect(codeOf(byAssistant)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND when a key bound to client X asks for client Y', async () => {
    const firm = await signUpFirm(sut);
    const x = await createClient(sut, firm.token, 'Bäckerei Korn');
    const y = await createClient(sut, firm.token, 'Autohaus Blech');
    const key = await createApiKey(sut, firm.token, { scopes: ['CLIENTS_WRITE'], clientId: x });

    const other = await sut.gql(
      `query ($id: ID!) { client(id: $id) { id name } }`,
      { id: y },
      { token: key.secret },
    );
    expect(codeOf(other)).toBe('NOT_FOUND');
    const own = await sut.gql<{ client: { name: string } }>(
      `query ($id: ID!) { client(id: $id) { name } }`,
      { id: x },
      { token: key.secret },
    );
    expect(own.data?.client.name).toBe('Bäckerei Korn');
    const list = await sut.gql<{ clients: { totalCount: number; edges: { node: { id: string } }[] } }>(
      '{ clients { totalCount edges { node { id } } } }',
      {},
      { token: key.secret },
    );
    expect(list.data?.clients).toEqual({ totalCount: 1, edges: [{ node: { id: x } }] });
  });

  it('refuses a client binding outside the firm with NOT_FOUND', async () => {
    const firm = await signUpFirm(sut);
    const stranger = await signUpFirm(sut);
    const foreign = await createClient(sut, stranger.token);
    const result = await sut.gql(
      `mutation ($c: ID!) { createApiKey(input: { name: "x", scopes: [CLIENTS_READ], clientId: $c }) { secret } }`,
      { c: foreign },
      { token: firm.token },
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  it('answers UNAUTHENTICATED for a revoked, expired, unknown or mistyped key', async () => {
    const firm = await signUpFirm(sut);
    const revoked = await createApiKey(sut, firm.token, { scopes: ['CLIENTS_READ'] });
    const expired = await createApiKey(sut, firm.token, {
      scopes: ['CLIENTS_READ'],
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const valid = await createApiKey(sut, firm.token, { scopes: ['CLIENTS_READ'] });

    const revoke = await sut.gql<{ revokeApiKey: { active: boolean; revokedAt: string } }>(
      `mutation ($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }`,
      { id: revoked.id },
      { token: firm.token },
    );
    expect(revoke.data?.revokeApiKey).toEqual({ active: false, revokedAt: expect.any(String) });
    await withOwner(sut, (db) =>
      db.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]),
    );
    const flipped =
      valid.secret.slice(0, 30) + (valid.secret[30] === 'A' ? 'B' : 'A') + valid.secret.slice(31);
    const truncated = valid.secret.replace(/_[0-9a-f]{8}$/, '');
    const unknown = generateApiKey(firm.tenantId, randomUUID()).key;
    const wrongSecret = generateApiKey(firm.tenantId, valid.id).key;

    expect(codeOf(await sut.gql('{ me { role } }', {}, { token: valid.secret }))).toBeUndefined();
    for (const secret of [
      revoked.secret,
      expired.secret,
      flipped,
      truncated,
      unknown,
      wrongSecret,
      `${valid.secret}x`,
    ]) {
      const result = await sut.gql('{ me { role } }', {}, { token: secret });
      expect({ secret, code: codeOf(result) }).toEqual({ secret, code: 'UNAUTHENTICATED' });
    }
  });

  it('rejects an expiry in the past as bad input', async () => {
    const firm = await signUpFirm(sut);
    const result = await sut.gql(
      `mutation { createApiKey(input: { name: "x", scopes: [CLIENTS_READ], expiresAt: "2020-01-01T00:00:00Z" }) { secret } }`,
      {},
      { token: firm.token },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { expiresAt: expect.any(String) },
    });
  });

  it('stores the secret nowhere in the database in clear', async () => {
    const firm = await signUpFirm(sut);
    const key = await createApiKey(sut, firm.token, { name: 'Scanner', scopes: ['CLIENTS_WRITE'] });
    await sut.gql(
      `mutation { createClient(input: { name: "Spur GmbH" }) { id } }`,
      {},
      { token: key.secret },
    );
    const randomPart = key.secret.slice(8 + 43, 8 + 86);
    const hits = await withOwner(sut, async (db) => {
      const { rows: columns } = await db.query<{ table_name: string; column_name: string }>(
        `SELECT c.table_name, c.column_name FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
          WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'jsonb', 'json', 'ARRAY')`,
      );
      expect(columns.length).toBeGreaterThan(10);
      const found: string[] = [];
      for (const { table_name, column_name } of columns) {
        const [{ n }] = (
          await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text LIKE '%' || $1 || '%' OR "${column_name}"::text LIKE '%' || $2 || '%' OR "${column_name}"::text LIKE '%' || $3 || '%'`,
            [key.secret, randomPart, Buffer.from(randomPart).toString('hex')],
          )
        ).rows;
        if (n > 0) found.push(`${table_name}.${column_name}`);
      }
      const [{ secret_hash }] = (
        await db.query<{ secret_hash: string }>('SELECT secret_hash FROM api_key WHERE id = $1', [key.id])
      ).rows;
      return { found, hashStored: /^[0-9a-f]{64}$/.test(secret_hash) };
    });
    expect(hits).toEqual({ found: [], hashStored: true });
  });

  it('names the key as the actor of the audit events of its mutations', async () => {
    const firm = await signUpFirm(sut);
    const key = await createApiKey(sut, firm.token, { name: 'CRM Sync', scopes: ['CLIENTS_WRITE'] });
    const created = await sut.gql<{ createClient: { id: string } }>(
      `mutation { createClient(input: { name: "Über API GmbH" }) { id } }`,
      {},
      { token: key.secret },
    );
    expect(created.errors).toBeUndefined();
    const events = await withOwner(
      sut,
      async (db) =>
        (
          await db.query(
            `SELECT action, actor_type, actor_id, actor_label FROM audit_event WHERE tenant_id = $1 AND action IN ('client.created', 'api_key.created') ORDER BY seq`,
            [firm.tenantId],
          )
        ).rows,
    );
    expect(events).toEqual([
      { action: 'api_key.created', actor_type: 'USER', actor_id: firm.userId, actor_label: firm.email },
      { action: 'client.created', actor_type: 'API_KEY', actor_id: key.id, actor_label: 'CRM Sync' },
    ]);
  });
});

describe('API rate limits', () => {
  it('answers RATE_LIMITED with Retry-After once a key exceeds its limit', async () => {
    const app = await startTestApp({ API_RATE_LIMIT_PER_KEY: '3', API_RATE_LIMIT_PER_IP: '1000' });
    try {
      const firm = await signUpFirm(app);
      const key = await createApiKey(app, firm.token, { scopes: ['CLIENTS_READ'] });
      const other = await createApiKey(app, firm.token, { scopes: ['CLIENTS_READ'] });
      for (let i = 0; i < 3; i++)
        expect(
          codeOf(await app.gql('{ clients { totalCount } }', {}, { token: key.secret })),
        ).toBeUndefined();
      const limited = await app.gql('{ clients { totalCount } }', {}, { token: key.secret });
      expect(limited.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfter: expect.any(Number),
      });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(
        codeOf(await app.gql('{ clients { totalCount } }', {}, { token: other.secret })),
      ).toBeUndefined();
      // Users with a JWT are not counted against API limits.
      expect(codeOf(await app.gql('{ clients { totalCount } }', {}, { token: firm.token }))).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('limits API-key requests per IP, valid or not', async () => {
    const app = await startTestApp({ API_RATE_LIMIT_PER_KEY: '1000', API_RATE_LIMIT_PER_IP: '3' });
    try {
      const firm = await signUpFirm(app);
      const key = await createApiKey(app, firm.token, { scopes: ['CLIENTS_READ'] });
      const guess = key.secret.replace(/_[0-9a-f]{8}$/, '_00000000');
      expect(codeOf(await app.gql('{ me { role } }', {}, { token: guess }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await app.gql('{ me { role } }', {}, { token: guess }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await app.gql('{ me { role } }', {}, { token: key.secret }))).toBeUndefined();
      const limited = await app.gql('{ me { role } }', {}, { token: key.secret });
      expect(codeOf(limited)).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
