import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { generateSync } from 'otplib';
import { addMember, createClient, signUpFirm, STRONG_PASSWORD, type Firm } from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';
import { appUrlFor } from '../support/urls';

const owner = async (app: TestApp): Promise<Client> => {
  const client = new Client({ connectionString: app.ownerUrl });
  await client.connect();
  return client;
};

type IntrospectedType = { kind: string; name: string | null; ofType: IntrospectedType | null };
type IntrospectedField = { name: string; args: { name: string; type: IntrospectedType }[] };
type InputTypeInfo = {
  name: string;
  inputFields: { name: string; type: IntrospectedType }[] | null;
  enumValues: { name: string }[] | null;
  kind: string;
};

const named = (type: IntrospectedType): IntrospectedType => (type.ofType ? named(type.ofType) : type);
const isRequired = (type: IntrospectedType): boolean => type.kind === 'NON_NULL';

const normalise = (result: GqlResult): unknown => ({
  data: result.data === null ? null : 'data',
  errors: (result.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.['code'] })),
});

describe('Tenant isolation and the security core', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  describe('PostgreSQL catalogue', () => {
    it('forces row-level security with USING and WITH CHECK on every table that has tenant_id', async () => {
      const db = await owner(sut);
      try {
        const { rows } = await db.query<{
          table: string;
          enabled: boolean;
          forced: boolean;
          policies: string;
          complete: string;
        }>(`
          SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                 (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
                 (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid AND p.polqual IS NOT NULL AND p.polwithcheck IS NOT NULL) AS complete
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r'
             AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`);
        expect(rows.length).toBeGreaterThanOrEqual(5);
        for (const row of rows) {
          expect({
            table: row.table,
            enabled: row.enabled,
            forced: row.forced,
            complete: Number(row.complete) > 0,
          }).toEqual({
            table: row.table,
            enabled: true,
            forced: true,
            complete: true,
          });
        }
      } finally {
        await db.end();
      }
    });

    it('runs the api as a role that is not superuser, cannot bypass RLS and owns no table', async () => {
      const db = await owner(sut);
      try {
        const { rows } = await db.query(
          `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'klarsicht_app'`,
        );
        expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
        const owned = await db.query(
          `SELECT tablename FROM pg_tables WHERE tableowner IN ('klarsicht_app', 'klarsicht_runtime')`,
        );
        expect(owned.rows).toEqual([]);
      } finally {
        await db.end();
      }
    });

    it('shows no rows and refuses inserts when no tenant is set', async () => {
      const firm = await signUpFirm(sut);
      await createClient(sut, firm.token);
      const app = new Client({ connectionString: appUrlFor(sut.ownerUrl) });
      await app.connect();
      try {
        for (const table of ['client', 'membership', 'audit_event', 'tenant', 'invitation']) {
          const { rows } = await app.query(`SELECT count(*)::int AS n FROM ${table}`);
          expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
        }
        await expect(
          app.query(`INSERT INTO client (id, tenant_id, name) VALUES ($1, $2, 'Eindringling')`, [
            randomUUID(),
            firm.tenantId,
          ]),
        ).rejects.toThrow(/row-level security/);
        await expect(app.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/permission denied/);
        await expect(app.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
      } finally {
        await app.end();
      }
    });
  });

  describe('ids of other tenants and clients', () => {
    let a: Firm;
    let b: Firm;
    let fields: { operation: 'query' | 'mutation'; field: IntrospectedField }[];
    let types: Map<string, InputTypeInfo>;

    beforeAll(async () => {
      a = await signUpFirm(sut);
      b = await signUpFirm(sut);
      const bClient = await createClient(sut, b.token, 'Fremdmandant GmbH');
      await addMember(sut, b.token, 'CLIENT_ADMIN', bClient);
      const introspection = await sut.gql<{
        __schema: {
          queryType: { fields: IntrospectedField[] };
          mutationType: { fields: IntrospectedField[] };
          types: InputTypeInfo[];
        };
      }>(`{ __schema {
          queryType { fields { name args { name type { ...T } } } }
          mutationType { fields { name args { name type { ...T } } } }
          types { name kind enumValues { name } inputFields { name type { ...T } } }
        } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`);
      const schema = introspection.data?.__schema;
      if (!schema) throw new Error(JSON.stringify(introspection.errors));
      types = new Map(schema.types.map((t) => [t.name, t]));
      const takesId = (type: IntrospectedType, depth = 0): boolean => {
        const base = named(type);
        if (base.name === 'ID') return true;
        const input = base.name ? types.get(base.name) : undefined;
        return (
          depth < 2 &&
          input?.kind === 'INPUT_OBJECT' &&
          (input.inputFields ?? []).some((f) => takesId(f.type, depth + 1))
        );
      };
      fields = [
        ...schema.queryType.fields.map((field) => ({ operation: 'query' as const, field })),
        ...schema.mutationType.fields.map((field) => ({ operation: 'mutation' as const, field })),
      ].filter(({ field }) => field.args.some((arg) => takesId(arg.type)));
    });

    // A value for every required argument; every ID (at any depth) is the id under test.
    const valueFor = (type: IntrospectedType, id: string, depth = 0): unknown => {
      const base = named(type);
      const input = base.name ? types.get(base.name) : undefined;
      let value: unknown;
      if (base.name === 'ID') value = id;
      else if (base.name === 'String') value = 'Prüfwert';
      else if (base.name === 'Boolean') value = true;
      else if (base.name === 'Int' || base.name === 'Float') value = 1;
      else if (base.name === 'DateTime') value = new Date(Date.now() + 86_400_000).toISOString();
      else if (input?.kind === 'ENUM') value = input.enumValues?.[0]?.name;
      else if (input?.kind === 'INPUT_OBJECT' && depth < 3) {
        value = Object.fromEntries(
          (input.inputFields ?? [])
            .filter((f) => isRequired(f.type) || named(f.type).name === 'ID')
            .map((f) => [f.name, valueFor(f.type, id, depth + 1)]),
        );
      }
      const list = (t: IntrospectedType): boolean =>
        t.kind === 'LIST' || (t.kind === 'NON_NULL' && t.ofType?.kind === 'LIST');
      return list(type) ? [value] : value;
    };

    const call = (
      operation: 'query' | 'mutation',
      field: IntrospectedField,
      id: string,
      token: string,
    ): Promise<GqlResult> => {
      const args = field.args.filter(
        (arg) =>
          isRequired(arg.type) ||
          named(arg.type).name === 'ID' ||
          types.get(named(arg.type).name ?? '')?.kind === 'INPUT_OBJECT',
      );
      const signature = (t: IntrospectedType): string =>
        t.kind === 'NON_NULL'
          ? `${signature(t.ofType as IntrospectedType)}!`
          : t.kind === 'LIST'
            ? `[${signature(t.ofType as IntrospectedType)}]`
            : (t.name as string);
      const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, id)]));
      const decl = args.length
        ? `(${args.map((arg) => `$${arg.name}: ${signature(arg.type)}`).join(', ')})`
        : '';
      const pass = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
      return sut.gql(`${operation} ${decl} { result: ${field.name}${pass} { __typename } }`, variables, {
        token,
      });
    };

    const foreignIds = async (tenantId: string, clientId?: string): Promise<string[]> => {
      const db = await owner(sut);
      try {
        const { rows: tables } = await db.query<{ table: string; hasClient: boolean }>(`
          SELECT c.relname AS table, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'client_id') AS "hasClient"
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'audit_event'
             AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
             AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id')`);
        const ids = new Set<string>(clientId ? [clientId] : [tenantId]);
        for (const { table, hasClient } of tables) {
          if (clientId && !hasClient && table !== 'client') continue;
          const filter = clientId ? (table === 'client' ? 'id = $2' : 'client_id = $2') : 'true';
          const { rows } = await db.query<{ id: string }>(
            `SELECT id FROM "${table}" WHERE tenant_id = $1 AND ${filter} LIMIT 3`,
            clientId ? [tenantId, clientId] : [tenantId],
          );
          rows.forEach((row) => ids.add(row.id));
        }
        return [...ids];
      } finally {
        await db.end();
      }
    };

    it('enumerates the id-taking operations from the schema', () => {
      const names = fields.map((f) => f.field.name);
      expect(names).toEqual(expect.arrayContaining(['client', 'switchTenant', 'inviteMember']));
    });

    it("answers tenant B's ids to tenant A exactly like random ids, for every such query and mutation", async () => {
      const ids = await foreignIds(b.tenantId);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      const mismatches: unknown[] = [];
      for (const { operation, field } of fields) {
        const random = normalise(await call(operation, field, randomUUID(), a.token));
        for (const id of ids) {
          const foreign = normalise(await call(operation, field, id, a.token));
          if (JSON.stringify(foreign) !== JSON.stringify(random))
            mismatches.push({ field: field.name, id, foreign, random });
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('shows a client user nothing of a sibling client in the same firm', async () => {
      const firm = await signUpFirm(sut);
      const own = await createClient(sut, firm.token, 'Eigener Mandant');
      const sibling = await createClient(sut, firm.token, 'Nachbar KG');
      const user = await addMember(sut, firm.token, 'CLIENT_ADMIN', own);
      const ids = await foreignIds(firm.tenantId, sibling);
      const mismatches: unknown[] = [];
      for (const { operation, field } of fields) {
        const random = normalise(await call(operation, field, randomUUID(), user.token));
        for (const id of ids) {
          const foreign = normalise(await call(operation, field, id, user.token));
          if (JSON.stringify(foreign) !== JSON.stringify(random))
            mismatches.push({ field: field.name, id, foreign, random });
        }
      }
      expect(mismatches).toEqual([]);
      const list = await sut.gql<{ clients: { edges: { node: { id: string } }[] } }>(
        '{ clients { edges { node { id } } } }',
        {},
        { token: user.token },
      );
      expect(list.data?.clients.edges.map((e) => e.node.id)).toEqual([own]);
    });
  });

  it('returns only the caller’s rows for 2,000 interleaved requests of 3 firms over a pool of 3 connections', async () => {
    const small = await startTestApp({}, { poolSize: 3 });
    try {
      const firms = await Promise.all([signUpFirm(small), signUpFirm(small), signUpFirm(small)]);
      const names = new Map<string, Set<string>>();
      for (const [i, firm] of firms.entries()) {
        const own = new Set<string>();
        for (let c = 0; c < 3; c++) {
          const name = `Firma${i}-Mandant${c}`;
          await createClient(small, firm.token, name);
          own.add(name);
        }
        names.set(firm.token, own);
      }
      let ok = 0;
      const total = 2000;
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < total) {
          const firm = firms[next++ % 3];
          const result = await small.gql<{ clients: { edges: { node: { name: string } }[] } }>(
            '{ clients(first: 50) { edges { node { name } } } }',
            {},
            { token: firm.token },
          );
          const got = result.data?.clients.edges.map((e) => e.node.name) ?? [];
          const own = names.get(firm.token) ?? new Set();
          if (got.length === own.size && got.every((n) => own.has(n))) ok++;
        }
      };
      await Promise.all(Array.from({ length: 24 }, worker));
      expect(ok).toBe(total);
    } finally {
      await small.close();
    }
  });

  describe('transactions and the audit chain', () => {
    it('leaves neither the change nor its audit event when the operation fails after the change', async () => {
      const firm = await signUpFirm(sut);
      const name = `Rollback ${randomUUID()}`;
      const result = await sut.gql(
        `mutation ($n: String!) { a: createClient(input: { name: $n }) { id } b: createClient(input: { name: "" }) { id } }`,
        { n: name },
        { token: firm.token },
      );
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const db = await owner(sut);
      try {
        const clients = await db.query('SELECT 1 FROM client WHERE name = $1', [name]);
        expect(clients.rowCount).toBe(0);
        const events = await db.query(
          `SELECT 1 FROM audit_event WHERE tenant_id = $1 AND action = 'client.created'`,
          [firm.tenantId],
        );
        expect(events.rowCount).toBe(0);
      } finally {
        await db.end();
      }
    });

    it('keeps a gap-free sequence and a valid chain under 20 concurrent writers × 50 mutations', async () => {
      const firm = await signUpFirm(sut);
      await Promise.all(
        Array.from({ length: 20 }, async (_, w) => {
          for (let i = 0; i < 50; i++) await createClient(sut, firm.token, `W${w}-${i}`);
        }),
      );
      const verification = await sut.gql<{
        verifyAuditChain: { valid: boolean; checkedCount: number; firstInvalidSequence: number | null };
      }>('{ verifyAuditChain { valid checkedCount firstInvalidSequence } }', {}, { token: firm.token });
      expect(verification.data?.verifyAuditChain).toMatchObject({ valid: true, firstInvalidSequence: null });
      const db = await owner(sut);
      try {
        const { rows } = await db.query<{ seq: string }>(
          'SELECT seq FROM audit_event WHERE tenant_id = $1 ORDER BY seq',
          [firm.tenantId],
        );
        expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
        expect(rows.length).toBeGreaterThanOrEqual(1000);
        expect(verification.data?.verifyAuditChain.checkedCount).toBe(rows.length);
      } finally {
        await db.end();
      }
    });

    const tampered = async (
      tamper: (db: Client, tenantId: string) => Promise<void>,
    ): Promise<number | null> => {
      const firm = await signUpFirm(sut);
      for (let i = 0; i < 8; i++) await createClient(sut, firm.token, `T${i}`);
      const db = await owner(sut);
      try {
        await db.query('BEGIN');
        await db.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
        await tamper(db, firm.tenantId);
        await db.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
        await db.query('COMMIT');
      } finally {
        await db.end();
      }
      const result = await sut.gql<{
        verifyAuditChain: { valid: boolean; firstInvalidSequence: number | null };
      }>('{ verifyAuditChain { valid firstInvalidSequence } }', {}, { token: firm.token });
      expect(result.data?.verifyAuditChain.valid).toBe(false);
      return result.data?.verifyAuditChain.firstInvalidSequence ?? null;
    };

    it('names the first bad sequence number when a field is edited', async () => {
      expect(
        await tampered((db, t) =>
          db
            .query(`UPDATE audit_event SET actor_label = 'jemand anderes' WHERE tenant_id = $1 AND seq = 4`, [
              t,
            ])
            .then(() => undefined),
        ),
      ).toBe(4);
    });

    it('names the first bad sequence number when a row is deleted', async () => {
      expect(
        await tampered((db, t) =>
          db.query(`DELETE FROM audit_event WHERE tenant_id = $1 AND seq = 5`, [t]).then(() => undefined),
        ),
      ).toBe(5);
    });

    it('names the first bad sequence number when two rows are swapped', async () => {
      const first = await tampered(async (db, t) => {
        await db.query(`UPDATE audit_event SET seq = -1 WHERE tenant_id = $1 AND seq = 3`, [t]);
        await db.query(`UPDATE audit_event SET seq = 3 WHERE tenant_id = $1 AND seq = 6`, [t]);
        await db.query(`UPDATE audit_event SET seq = 6 WHERE tenant_id = $1 AND seq = -1`, [t]);
      });
      expect(first).toBe(3);
    });

    it('names the forged sequence number when a row is inserted', async () => {
      let forged = 0;
      const first = await tampered(async (db, t) => {
        const { rows } = await db.query<{ seq: string; hash: string }>(
          'SELECT seq, hash FROM audit_event WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
          [t],
        );
        await db.query(
          `INSERT INTO audit_event (tenant_id, seq, id, occurred_at, actor_type, actor_label, action, entity_type, prev_hash, hash)
           VALUES ($1, $2, $3, now(), 'USER', 'Fälscher', 'client.created', 'client', $4, $5)`,
          [t, (forged = Number(rows[0].seq) + 1), randomUUID(), rows[0].hash, 'f'.repeat(64)],
        );
      });
      expect(forged).toBeGreaterThan(8);
      expect(first).toBe(forged);
    });

    it('refuses UPDATE, DELETE and TRUNCATE of audit events by trigger, even for the owner', async () => {
      const db = await owner(sut);
      try {
        await expect(db.query(`UPDATE audit_event SET action = 'x' WHERE false`)).resolves.toBeDefined();
        await expect(
          db.query(`DELETE FROM audit_event WHERE seq = (SELECT min(seq) FROM audit_event)`),
        ).rejects.toThrow(/append-only/);
        await expect(db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
      } finally {
        await db.end();
      }
    });

    it('lists events with filters and cursor pagination, and exports them as CSV and JSON lines', async () => {
      const firm = await signUpFirm(sut);
      for (let i = 0; i < 5; i++) await createClient(sut, firm.token, `P${i}`);
      const first = await sut.gql<{
        auditEvents: {
          totalCount: number;
          edges: { node: { sequence: number; action: string } }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }>(
        '{ auditEvents(first: 2, filter: { action: "client.created" }) { totalCount edges { node { sequence action } } pageInfo { endCursor hasNextPage } } }',
        {},
        { token: firm.token },
      );
      expect(first.data?.auditEvents.totalCount).toBe(5);
      expect(first.data?.auditEvents.edges.map((e) => e.node.action)).toEqual([
        'client.created',
        'client.created',
      ]);
      const second = await sut.gql<{ auditEvents: { edges: { node: { sequence: number } }[] } }>(
        'query ($after: String) { auditEvents(first: 2, after: $after, filter: { action: "client.created" }) { edges { node { sequence } } } }',
        { after: first.data?.auditEvents.pageInfo.endCursor },
        { token: firm.token },
      );
      const seqs = [...(first.data?.auditEvents.edges ?? []), ...(second.data?.auditEvents.edges ?? [])].map(
        (e) => e.node.sequence,
      );
      expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
      expect(new Set(seqs).size).toBe(4);

      const jsonl = await fetch(`${sut.url}/api/audit-events/export?format=jsonl`, {
        headers: { authorization: `Bearer ${firm.token}` },
      });
      expect(jsonl.status).toBe(200);
      expect(jsonl.headers.get('content-disposition')).toMatch(/attachment/);
      const lines = (await jsonl.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { action: string; sequence: number });
      expect(lines.filter((l) => l.action === 'client.created')).toHaveLength(5);
      const csv = await fetch(`${sut.url}/api/audit-events/export?format=csv`, {
        headers: { authorization: `Bearer ${firm.token}` },
      });
      const text = await csv.text();
      expect(text.split('\r\n')[0]).toMatch(/^tenantId,sequence,id,occurredAt,actorType/);
      expect(text.match(/client\.created/g)).toHaveLength(5);
      const anonymous = await fetch(`${sut.url}/api/audit-events/export?format=csv`);
      expect(anonymous.status).toBe(401);
    });
  });

  describe('sessions and sign-in', () => {
    const login = (email: string, password: string, totpCode?: string): Promise<Response> =>
      fetch(`${sut.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
          variables: { i: { email, password, totpCode } },
        }),
      });
    const refresh = (cookie: string): Promise<Response> =>
      fetch(`${sut.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: 'mutation { refreshToken { accessToken } }' }),
      });
    const cookieOf = (response: Response): string => (response.headers.get('set-cookie') ?? '').split(';')[0];

    it('sets the refresh token as an httpOnly, SameSite=Strict cookie and revokes the whole family on reuse', async () => {
      const firm = await signUpFirm(sut);
      const signedIn = await login(firm.email, firm.password);
      expect(signedIn.headers.get('set-cookie')).toMatch(/HttpOnly/i);
      expect(signedIn.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
      const first = cookieOf(signedIn);
      const rotated = await refresh(first);
      const second = cookieOf(rotated);
      expect(
        ((await rotated.json()) as { data: { refreshToken: { accessToken: string } } }).data.refreshToken
          .accessToken,
      ).toEqual(expect.any(String));
      expect(second).not.toBe(first);
      const replay = (await (await refresh(first)).json()) as { errors: { extensions: { code: string } }[] };
      expect(replay.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const afterReuse = (await (await refresh(second)).json()) as {
        errors: { extensions: { code: string } }[];
      };
      expect(afterReuse.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('accepts a TOTP code once', async () => {
      const firm = await signUpFirm(sut);
      const setup = await sut.gql<{ enableTotp: { secret: string } }>(
        'mutation { enableTotp { secret otpauthUrl } }',
        {},
        { token: firm.token },
      );
      const secret = setup.data?.enableTotp.secret ?? '';
      const code = generateSync({ secret });
      const confirmed = await sut.gql<{ confirmTotp: { totpEnabled: boolean } }>(
        'mutation ($c: String!) { confirmTotp(input: { code: $c }) { totpEnabled } }',
        { c: code },
        { token: firm.token },
      );
      expect(confirmed.data?.confirmTotp.totpEnabled).toBe(true);
      const needsCode = (await (await login(firm.email, firm.password)).json()) as {
        errors: { extensions: { code: string; fields: Record<string, string> } }[];
      };
      expect(needsCode.errors[0].extensions.fields).toEqual({ totpCode: 'required' });
      const reused = (await (await login(firm.email, firm.password, code)).json()) as { errors?: unknown[] };
      expect(reused.errors).toBeDefined();
      const next = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
      const fresh = (await (await login(firm.email, firm.password, next)).json()) as {
        data: { login: { accessToken: string } } | null;
      };
      expect(fresh.data?.login.accessToken).toEqual(expect.any(String));
      const again = (await (await login(firm.email, firm.password, next)).json()) as { errors?: unknown[] };
      expect(again.errors).toBeDefined();
    });

    it('answers an unknown email exactly like a wrong password', async () => {
      const firm = await signUpFirm(sut);
      const wrong = (await (await login(firm.email, 'Falsches-Passwort-123')).json()) as unknown;
      const unknown = (await (
        await login(`niemand-${randomUUID()}@example.test`, 'Falsches-Passwort-123')
      ).json()) as unknown;
      expect(unknown).toEqual(wrong);
    });

    it('refuses the 101st failed sign-in within an hour, even with the right password, and audits failures', async () => {
      const firm = await signUpFirm(sut);
      for (let i = 0; i < 100; i++) {
        const body = (await (await login(firm.email, `Falsch-${i}-Passwort!`)).json()) as {
          errors: { extensions: { code: string } }[];
        };
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      const refused = await login(firm.email, STRONG_PASSWORD);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(refused.headers.get('retry-after')).toBe('3600');
      const db = await owner(sut);
      try {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1 AND action = 'auth.login_failed'`,
          [firm.tenantId],
        );
        expect(rows[0].n).toBe(100);
      } finally {
        await db.end();
      }
    });
  });

  describe('GraphQL hardening', () => {
    it('rejects queries over the depth, alias and token limits before any SQL runs', async () => {
      let statements = 0;
      const counted = await startTestApp({}, { onQuery: () => statements++ });
      try {
        const firm = await signUpFirm(counted);
        const deep = `{ clients { edges { node { id ${'... on Client { id '.repeat(15)}${'}'.repeat(15)} } } } }`;
        const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: clients { totalCount }`).join(' ')} }`;
        const before = statements;
        for (const query of [deep, aliases]) {
          const result = await counted.gql(query, {}, { token: firm.token });
          expect(result.errors?.[0]?.message).toMatch(/depth|alias|limit|exceed/i);
          expect(result.data).toBeNull();
        }
        expect(statements).toBe(before);
      } finally {
        await counted.close();
      }
    });

    it('answers an internal error with a generic message and a code, without SQL or stack', async () => {
      // A database failure whose message carries SQL, injected where the clients statement is sent.
      let failing = false;
      const broken = await startTestApp(
        {},
        {
          onQuery: (sql) => {
            if (failing && sql.includes('FROM client c'))
              throw new Error(`syntax error at or near "FROM" in ${sql}`);
          },
        },
      );
      try {
        const firm = await signUpFirm(broken);
        failing = true;
        const result = await broken.gql('{ clients { totalCount } }', {}, { token: firm.token });
        expect(result.errors).toEqual([
          {
            message: 'Internal server error',
            path: ['clients'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ]);
        // A forged cursor is bad input, not an internal error.
        failing = false;
        const forged = Buffer.from(JSON.stringify(['Name', 'keine-uuid'])).toString('base64url');
        const bad = await broken.gql(
          'query ($a: String) { clients(after: $a) { totalCount } }',
          { a: forged },
          { token: firm.token },
        );
        expect(bad.errors?.[0]?.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          fields: { after: 'Invalid cursor' },
        });
      } finally {
        await broken.close();
      }
    });
  });
});
