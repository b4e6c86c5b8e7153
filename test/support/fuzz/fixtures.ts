import { createHmac } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { createApiKey } from '../api-keys';
import {
  addMember,
  createBsp,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
  type Firm,
} from '../factories';
import type { TestApp } from '../test-app';
import type { FuzzPools, IdKind, IdPools } from './pools';

export type Side = 'A' | 'B';

/** Who sends an operation: a token (or none) and the firm whose pools it uses. */
export type Identity = { name: string; side: Side; token?: string; weight: number };

export type SeededFirm = {
  side: Side;
  owner: Firm;
  dpo: { token: string; userId: string; email: string };
  portal: { token: string; userId: string; email: string };
  apiKey: { id: string; secret: string };
  ids: IdPools;
  phones: string[];
  tokens: string[];
  cursors: string[];
};

const ALL_SCOPES = [
  'AUDIT_READ',
  'CLIENTS_WRITE',
  'CONSENTS_WRITE',
  'DOCUMENTS_WRITE',
  'TASKS_WRITE',
  'CLIENTS_READ',
  'CONSENTS_READ',
  'DOCUMENTS_READ',
  'TASKS_READ',
];

const must = async <T>(app: TestApp, token: string, query: string, variables: Record<string, unknown>) => {
  const result = await app.gql<T>(query, variables, { token });
  if (!result.data || result.errors?.length)
    throw new Error(`fuzz fixture failed: ${query}: ${JSON.stringify(result.errors)}`);
  return result.data;
};

const emptyPools = (): IdPools => ({
  client: [],
  task: [],
  document: [],
  consentText: [],
  bsp: [],
  whatsApp: [],
  apiKey: [],
  user: [],
  tenant: [],
  other: [],
});

const tokenOf = (url: string | null): string => url?.split('/').pop() ?? '';

/** A firm with three clients, a BSP, a WhatsApp account, consent texts and records, tasks, documents, members, keys. */
export const seedFirm = async (app: TestApp, side: Side): Promise<SeededFirm> => {
  const label = side === 'A' ? 'Eigene' : 'Fremde';
  const owner = await signUpFirm(app, `${label} Kanzlei Fuzz`);
  const ids = emptyPools();
  ids.tenant.push(owner.tenantId);
  ids.user.push(owner.userId);
  for (let i = 0; i < 3; i++) ids.client.push(await createClient(app, owner.token, `${label} Mandant ${i}`));
  const [c0, c1, c2] = ids.client as [string, string, string];
  const bsp = await createBsp(app, owner.token);
  ids.bsp.push(bsp);
  ids.whatsApp.push(
    await createWhatsAppAccount(app, owner.token, { clientId: c0, variant: 'BUSINESS_PLATFORM', bspId: bsp }),
  );
  const { publishConsentText: text } = await must<{ publishConsentText: { id: string } }>(
    app,
    owner.token,
    `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
    {
      input: {
        clientId: c0,
        language: 'de',
        purposes: ['MARKETING', 'SERVICE'],
        text: `${label} Einwilligung in Nachrichten per WhatsApp.`,
      },
    },
  );
  ids.consentText.push(text.id);
  const digit = side === 'A' ? '7' : '8';
  const phones = [`+49 151 ${digit}0000001`, `+49 151 ${digit}0000002`];
  const { requestConsent } = await must<{
    requestConsent: { id: string; confirmationUrl: string | null; withdrawalUrl: string | null };
  }>(
    app,
    owner.token,
    `mutation ($input: RequestConsentInput!) { requestConsent(input: $input) { id confirmationUrl withdrawalUrl } }`,
    {
      input: { clientId: c0, consentTextVersionId: text.id, phoneNumber: phones[0], purposes: ['MARKETING'] },
    },
  );
  ids.other.push(requestConsent.id);
  await must(
    app,
    owner.token,
    `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
    {
      input: {
        clientId: c0,
        consentTextVersionId: text.id,
        phoneNumber: phones[1],
        purposes: ['SERVICE'],
        source: 'PAPER',
        confirmedAt: new Date(Date.now() - 86_400_000).toISOString(),
      },
    },
  );
  for (const clientId of [c0, c1, c2]) {
    const { createTask } = await must<{ createTask: { id: string } }>(
      app,
      owner.token,
      `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      { input: { clientId, title: `${label} Aufgabe`, priority: 'HIGH' } },
    );
    ids.task.push(createTask.id);
  }
  for (const clientId of [c0, c2]) {
    const { createDocument } = await must<{ createDocument: { id: string } }>(
      app,
      owner.token,
      `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { clientId, title: `${label} Verzeichnis`, type: 'PROCESSING_RECORD' } },
    );
    ids.document.push(createDocument.id);
  }
  const dpo = await addMember(app, owner.token, 'DPO');
  const portal = await addMember(app, owner.token, 'CLIENT_ADMIN', c0);
  ids.user.push(dpo.userId, portal.userId);
  // The key the fuzz authenticates with is in no pool (revokeApiKey must not end the run); a spare one is.
  const apiKey = await createApiKey(app, owner.token, { name: 'Fuzz', scopes: ALL_SCOPES });
  ids.apiKey.push((await createApiKey(app, owner.token, { name: 'Spare', scopes: ['CLIENTS_READ'] })).id);
  const cursors: string[] = [];
  for (const query of [
    '{ clients(first: 1) { pageInfo { endCursor } } }',
    '{ tasks(first: 1) { pageInfo { endCursor } } }',
    '{ auditEvents(first: 1) { pageInfo { endCursor } } }',
    `{ consentRecords(clientId: "${c0}", first: 1) { pageInfo { endCursor } } }`,
    `{ documents(clientId: "${c0}", first: 1) { pageInfo { endCursor } } }`,
  ]) {
    const data = await must<Record<string, { pageInfo: { endCursor: string | null } }>>(
      app,
      owner.token,
      query,
      {},
    );
    for (const connection of Object.values(data))
      if (connection.pageInfo.endCursor) cursors.push(connection.pageInfo.endCursor);
  }
  return {
    side,
    owner,
    dpo,
    portal,
    apiKey,
    ids,
    phones,
    tokens: [tokenOf(requestConsent.confirmationUrl), tokenOf(requestConsent.withdrawalUrl)].filter(Boolean),
    cursors,
  };
};

/** Of the other firm only the first id of each kind is ever sent (forged); all its other ids stay secret. */
export const forgeable = (ids: IdPools): IdPools => {
  const out = emptyPools();
  for (const kind of Object.keys(out) as IdKind[]) out[kind] = ids[kind].slice(0, 1);
  return out;
};

export const poolsFor = (own: SeededFirm, other: SeededFirm): FuzzPools => ({
  own: own.ids,
  foreign: forgeable(other.ids),
  cursors: [...own.cursors, ...other.cursors],
  phones: own.phones,
  emails: [own.owner.email, own.dpo.email, other.owner.email],
  tokens: own.tokens,
});

const jwt = (header: object, claims: object, secret: string | null): string => {
  const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(claims)}`;
  const signature = secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
};

/** The callers: no token, forged tokens, firm A's DPO, client user and API key, and firm B's owner. */
export const identitiesFor = (a: SeededFirm, b: SeededFirm): Identity[] => {
  const claims = {
    sub: a.owner.userId,
    tid: a.owner.tenantId,
    role: 'OWNER',
    cid: null,
    email: a.owner.email,
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  const tampered = `${a.apiKey.secret.slice(0, -1)}${a.apiKey.secret.endsWith('0') ? '1' : '0'}`;
  return [
    { name: 'anonymous', side: 'A', weight: 14 },
    { name: 'A DPO', side: 'A', token: a.dpo.token, weight: 26 },
    { name: 'A client admin', side: 'A', token: a.portal.token, weight: 14 },
    { name: 'A API key', side: 'A', token: a.apiKey.secret, weight: 14 },
    { name: 'B owner', side: 'B', token: b.owner.token, weight: 20 },
    { name: 'garbage token', side: 'A', token: 'nonsense', weight: 2 },
    {
      name: 'JWT with a wrong secret',
      side: 'A',
      token: jwt({ alg: 'HS256', typ: 'JWT' }, claims, 'a-guessed-secret-that-is-long-enough-000000'),
      weight: 3,
    },
    { name: 'JWT alg none', side: 'A', token: jwt({ alg: 'none', typ: 'JWT' }, claims, null), weight: 2 },
    { name: 'tampered API key', side: 'A', token: tampered, weight: 3 },
    { name: 'forged API key', side: 'A', token: `ks_live_${'A'.repeat(86)}_00000000`, weight: 2 },
  ];
};

/** Every id (uuid column) of a firm's rows, straight from the database (as the owner role, past RLS). */
export const idsOfTenant = async (ownerUrl: string, tenantId: string): Promise<Set<string>> => {
  const db = new PgClient({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows: columns } = await db.query<{ table: string; column: string }>(
      `SELECT c.table_name AS table, c.column_name AS column
         FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.data_type = 'uuid'
          AND EXISTS (SELECT 1 FROM information_schema.columns t WHERE t.table_schema = 'public'
                      AND t.table_name = c.table_name AND t.column_name = 'tenant_id')`,
    );
    const byTable = new Map<string, string[]>();
    for (const { table, column } of columns) {
      // An audit event's actor and entity may be ids the other firm sent (a refused switchTenant): only its own id.
      if (table === 'audit_event' && column !== 'id') continue;
      byTable.set(table, [...(byTable.get(table) ?? []), column]);
    }
    const ids = new Set<string>([tenantId]);
    for (const [table, cols] of byTable) {
      const { rows } = await db.query<{ id: string | null }>(
        `SELECT DISTINCT unnest(ARRAY[${cols.map((c) => `"${c}"::text`).join(', ')}]) AS id FROM "${table}" WHERE tenant_id = $1`,
        [tenantId],
      );
      for (const { id } of rows) if (id) ids.add(id);
    }
    return ids;
  } finally {
    await db.end();
  }
};

/** Connections of the runtime role left in an open transaction (a unit of work nobody finished). */
export const idleInTransaction = async (ownerUrl: string): Promise<string[]> => {
  const db = new PgClient({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ query: string }>(
      `SELECT left(query, 300) AS query FROM pg_stat_activity
        WHERE datname = current_database() AND usename = 'klarsicht_app' AND state LIKE 'idle in transaction%'`,
    );
    return rows.map((row) => row.query);
  } finally {
    await db.end();
  }
};
