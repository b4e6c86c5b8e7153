import { Client } from 'pg';
import { addMember, createClient, signUpFirm, type Firm } from '../support/factories';
import { scanForPlaintext, TEST_IPS, TEST_PHONES } from '../support/sensitive-values';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';
import { appUrlFor } from '../support/urls';

const TEXT =
  'Ich willige ein, dass die Bäckerei Korn mir Angebote per WhatsApp sendet. Widerruf jederzeit möglich.';
const PUBLISH = `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id version sha256 purposes } }`;
const REQUEST = `mutation ($input: RequestConsentInput!) { requestConsent(input: $input) { id confirmationUrl withdrawalUrl expiresAt records { id purpose status maskedPhoneNumber } } }`;
const CONFIRM = `mutation ($token: String!) { confirmConsent(token: $token) { id confirmedAt records { purpose status confirmedAt } } }`;
const PROOF = `query ($clientId: ID!, $phone: String!) { consentProof(clientId: $clientId, phoneNumber: $phone) {
  subjectId phoneNumber maskedPhoneNumber records { purpose status }
  events { type purpose source occurredAt textVersionId textSha256 evidence { ip userAgent formUrl } }
  textVersions { id sha256 text } json } }`;
const RECORDS = `query ($clientId: ID!, $filter: ConsentFilter, $first: Int, $after: String) { consentRecords(clientId: $clientId, filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id purpose status maskedPhoneNumber events { type } } } } }`;
const WITHDRAW = `mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { purpose status withdrawnAt } }`;
const STATS = `query ($id: ID!) { client(id: $id) { consentStats { pending confirmed withdrawn expired } } }`;

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];
const tokenOf = (url: string): string => url.split('/consent/')[1]?.split('/')[0] ?? '';

describe('Consent: double opt-in, proof, withdrawal, erasure', () => {
  let sut: TestApp;
  let firm: Firm;
  let clientId: string;
  let textId: string;
  let textSha: string;

  const owner = async (): Promise<Client> => {
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    return db;
  };

  const request = async (
    phone: string,
    purposes = ['MARKETING'],
  ): Promise<{
    id: string;
    confirmationUrl: string;
    withdrawalUrl: string;
    records: { status: string; maskedPhoneNumber: string }[];
  }> =>
    must(
      await sut.gql<{ requestConsent: never }>(
        REQUEST,
        {
          input: {
            clientId,
            phoneNumber: phone,
            purposes,
            consentTextVersionId: textId,
            source: 'WEB_FORM',
            formUrl: 'https://baeckerei-korn.example/newsletter',
          },
        },
        { token: firm.token },
      ),
    ).requestConsent;

  const confirm = (
    token: string,
    ip: string = TEST_IPS[0],
  ): Promise<
    GqlResult<{ confirmConsent: { records: { purpose: string; status: string; confirmedAt: string }[] } }>
  > =>
    sut.gql(
      CONFIRM,
      { token },
      {
        headers: {
          'x-forwarded-for': ip,
          'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Klarsicht-Test',
        },
      },
    );

  beforeAll(async () => {
    sut = await startTestApp({ TRUST_PROXY: 'true', CONSENT_CONFIRMATION_TTL_DAYS: '7' });
    firm = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Bäckerei Korn');
    const published = must(
      await sut.gql<{ publishConsentText: { id: string; sha256: string; version: number } }>(
        PUBLISH,
        {
          input: {
            clientId,
            language: 'de',
            purposes: ['MARKETING', 'SERVICE'],
            title: 'WhatsApp-Angebote',
            text: TEXT,
          },
        },
        { token: firm.token },
      ),
    ).publishConsentText;
    textId = published.id;
    textSha = published.sha256;
    expect(published.version).toBe(1);
  });
  afterAll(() => sut.close());

  it('request → confirm → CONFIRMED, with IP, user agent, time and the text hash in the proof', async () => {
    const started = Date.now();
    const requested = await request(TEST_PHONES.alice);
    expect(requested.records).toEqual([
      expect.objectContaining({ status: 'PENDING', maskedPhoneNumber: '+49 151 ••••782' }),
    ]);
    expect(requested.confirmationUrl).toMatch(/\/consent\/[A-Za-z0-9_-]{64}$/);

    const page = must(
      await sut.gql<{
        consentConfirmation: { businessName: string; text: string; textSha256: string; state: string };
      }>(`query ($t: String!) { consentConfirmation(token: $t) { businessName text textSha256 state } }`, {
        t: tokenOf(requested.confirmationUrl),
      }),
    );
    expect(page.consentConfirmation).toEqual({
      businessName: 'Bäckerei Korn',
      text: TEXT,
      textSha256: textSha,
      state: 'PENDING',
    });

    // The public answer never reveals stored evidence.
    const snoop = await sut.gql(
      `mutation ($token: String!) { confirmConsent(token: $token) { records { events { evidence { ip } } } } }`,
      { token: tokenOf(requested.confirmationUrl) },
    );
    expect(snoop.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const confirmed = must(await confirm(tokenOf(requested.confirmationUrl)));
    expect(confirmed.confirmConsent.records).toEqual([
      expect.objectContaining({ purpose: 'MARKETING', status: 'CONFIRMED' }),
    ]);

    const proof = must(
      await sut.gql<{
        consentProof: {
          phoneNumber: string;
          events: {
            type: string;
            occurredAt: string;
            textSha256: string | null;
            evidence: { ip: string; userAgent: string } | null;
          }[];
          textVersions: { sha256: string; text: string }[];
          json: string;
        };
      }>(PROOF, { clientId, phone: TEST_PHONES.alice }, { token: firm.token }),
    ).consentProof;
    expect(proof.phoneNumber).toBe('+4915123456782');
    expect(proof.events.map((e) => e.type)).toEqual(['REQUESTED', 'CONFIRMED']);
    const confirmation = proof.events[1];
    expect(confirmation.evidence).toEqual(
      expect.objectContaining({
        ip: TEST_IPS[0],
        userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Klarsicht-Test',
      }),
    );
    expect(confirmation.textSha256).toBe(textSha);
    expect(new Date(confirmation.occurredAt).getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(proof.textVersions).toEqual(
      [{ sha256: textSha, text: TEXT }].map((t) => expect.objectContaining(t)),
    );
    expect(JSON.parse(proof.json).events).toHaveLength(2);

    const stats = must(
      await sut.gql<{ client: { consentStats: Record<string, number> } }>(
        STATS,
        { id: clientId },
        { token: firm.token },
      ),
    );
    expect(stats.client.consentStats).toEqual(expect.objectContaining({ confirmed: 1, pending: 0 }));
    const direct = must(
      await sut.gql<{ consentStats: Record<string, number> }>(
        `query ($id: ID!) { consentStats(clientId: $id) { pending confirmed withdrawn expired } }`,
        { id: clientId },
        { token: firm.token },
      ),
    );
    expect(direct.consentStats).toEqual({ pending: 0, confirmed: 1, withdrawn: 0, expired: 0 });
  });

  it('accepts a confirmation token once, and not after it expired', async () => {
    const first = await request(TEST_PHONES.bob);
    expect(code(await confirm(tokenOf(first.confirmationUrl)))).toBeUndefined();
    expect(code(await confirm(tokenOf(first.confirmationUrl)))).toBe('CONFLICT');
    expect(code(await confirm('A'.repeat(64)))).toBe('NOT_FOUND');

    const late = await request(TEST_PHONES.carol);
    const db = await owner();
    try {
      await db.query(`UPDATE consent_request SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        late.id,
      ]);
      await db.query(
        `UPDATE consent_record r SET expires_at = now() - interval '1 second' FROM consent_request q WHERE q.id = $1 AND r.subject_id = q.subject_id`,
        [late.id],
      );
    } finally {
      await db.end();
    }
    const expired = await confirm(tokenOf(late.confirmationUrl));
    expect(code(expired)).toBe('CONFLICT');
    expect(expired.errors?.[0]?.message).toMatch(/expired/);

    // The expiry job marks it EXPIRED with an event.
    const { JobsService } = await import('@klarsicht/api-core');
    await sut.app.get(JobsService).runNow('consent-expire-pending');
    const list = must(
      await sut.gql<{
        consentRecords: { edges: { node: { status: string; events: { type: string }[] } }[] };
      }>(RECORDS, { clientId, filter: { phoneNumber: TEST_PHONES.carol } }, { token: firm.token }),
    );
    expect(list.consentRecords.edges.map((e) => e.node)).toEqual([
      {
        id: expect.any(String),
        purpose: 'MARKETING',
        maskedPhoneNumber: expect.any(String),
        status: 'EXPIRED',
        events: [{ type: 'REQUESTED' }, { type: 'EXPIRED' }],
      },
    ]);
  });

  it('keeps the whole history through withdraw and re-consent, by API ("STOP") and by the public link', async () => {
    const first = await request(TEST_PHONES.dave, ['MARKETING', 'SERVICE']);
    must(await confirm(tokenOf(first.confirmationUrl), TEST_IPS[1]));
    const stop = must(
      await sut.gql<{ withdrawConsent: { purpose: string; status: string }[] }>(
        WITHDRAW,
        {
          input: {
            clientId,
            phoneNumber: TEST_PHONES.dave,
            purposes: ['MARKETING'],
            source: 'WHATSAPP_REPLY',
          },
        },
        { token: firm.token },
      ),
    );
    expect(stop.withdrawConsent).toEqual([
      expect.objectContaining({ purpose: 'MARKETING', status: 'WITHDRAWN' }),
    ]);

    const again = await request(TEST_PHONES.dave, ['MARKETING']);
    must(await confirm(tokenOf(again.confirmationUrl), TEST_IPS[2]));
    // The public withdrawal link of the first request withdraws both purposes, without login.
    const publicWithdrawal = must(
      await sut.gql<{ withdrawConsentByToken: { active: string[] } }>(
        `mutation ($t: String!) { withdrawConsentByToken(token: $t) { businessName active } }`,
        { t: tokenOf(first.withdrawalUrl) },
        { headers: { 'x-forwarded-for': TEST_IPS[1] } },
      ),
    );
    expect(publicWithdrawal.withdrawConsentByToken.active).toEqual([]);

    const proof = must(
      await sut.gql<{
        consentProof: {
          records: { purpose: string; status: string }[];
          events: { type: string; purpose: string; source: string; evidence: { ip: string | null } | null }[];
        };
      }>(PROOF, { clientId, phone: TEST_PHONES.dave }, { token: firm.token }),
    ).consentProof;
    expect(proof.records).toEqual([
      { purpose: 'MARKETING', status: 'WITHDRAWN' },
      { purpose: 'SERVICE', status: 'WITHDRAWN' },
    ]);
    expect(proof.events.map((e) => `${e.type}:${e.purpose}:${e.source}`)).toEqual([
      'REQUESTED:MARKETING:WEB_FORM',
      'REQUESTED:SERVICE:WEB_FORM',
      'CONFIRMED:MARKETING:WEB_FORM',
      'CONFIRMED:SERVICE:WEB_FORM',
      'WITHDRAWN:MARKETING:WHATSAPP_REPLY',
      'REQUESTED:MARKETING:WEB_FORM',
      'CONFIRMED:MARKETING:WEB_FORM',
      'WITHDRAWN:MARKETING:WEB_FORM',
      'WITHDRAWN:SERVICE:WEB_FORM',
    ]);
    expect(proof.events.filter((e) => e.type === 'CONFIRMED').map((e) => e.evidence?.ip)).toEqual([
      TEST_IPS[1],
      TEST_IPS[1],
      TEST_IPS[2],
    ]);
    // "STOP" from a number never seen: nothing to withdraw, no error, nothing revealed.
    expect(
      must(
        await sut.gql<{ withdrawConsent: unknown[] }>(
          WITHDRAW,
          { input: { clientId, phoneNumber: TEST_PHONES.stop } },
          { token: firm.token },
        ),
      ).withdrawConsent,
    ).toEqual([]);
  });

  it('records a consent confirmed elsewhere with its evidence', async () => {
    const recorded = must(
      await sut.gql<{ recordConsent: { purpose: string; status: string; confirmedAt: string }[] }>(
        `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { purpose status confirmedAt } }`,
        {
          input: {
            clientId,
            phoneNumber: TEST_PHONES.erin,
            purposes: ['SERVICE'],
            consentTextVersionId: textId,
            confirmedAt: '2026-03-02T09:15:00Z',
            source: 'PAPER',
            evidence: { ip: TEST_IPS[1], userAgent: 'Paper form', formUrl: null },
          },
        },
        { token: firm.token },
      ),
    );
    expect(recorded.recordConsent).toEqual([
      { purpose: 'SERVICE', status: 'CONFIRMED', confirmedAt: '2026-03-02T09:15:00.000Z' },
    ]);
    const future = await sut.gql(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          clientId,
          phoneNumber: TEST_PHONES.erin,
          purposes: ['SERVICE'],
          consentTextVersionId: textId,
          confirmedAt: '2099-01-01T00:00:00Z',
          source: 'PAPER',
        },
      },
      { token: firm.token },
    );
    expect(future.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', fields: { confirmedAt: expect.any(String) } }),
    );
  });

  it('answers an invalid phone number with BAD_USER_INPUT naming the field, and an uncovered purpose too', async () => {
    const bad = await sut.gql(
      REQUEST,
      { input: { clientId, phoneNumber: '12345', purposes: ['MARKETING'], consentTextVersionId: textId } },
      { token: firm.token },
    );
    expect(bad.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', fields: { phoneNumber: expect.any(String) } }),
    );
    const uncovered = await sut.gql(
      REQUEST,
      {
        input: {
          clientId,
          phoneNumber: TEST_PHONES.erin,
          purposes: ['TRANSACTIONAL'],
          consentTextVersionId: textId,
        },
      },
      { token: firm.token },
    );
    expect(uncovered.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', fields: { purposes: expect.any(String) } }),
    );
  });

  it('gives a client user of another client, and another tenant, NOT_FOUND', async () => {
    const sibling = await createClient(sut, firm.token, 'Nachbar KG');
    const siblingUser = await addMember(sut, firm.token, 'CLIENT_ADMIN', sibling);
    const other = await signUpFirm(sut);
    for (const token of [siblingUser.token, other.token]) {
      expect(code(await sut.gql(PROOF, { clientId, phone: TEST_PHONES.alice }, { token }))).toBe('NOT_FOUND');
      expect(code(await sut.gql(RECORDS, { clientId }, { token }))).toBe('NOT_FOUND');
      expect(
        code(
          await sut.gql(
            REQUEST,
            {
              input: {
                clientId,
                phoneNumber: TEST_PHONES.alice,
                purposes: ['MARKETING'],
                consentTextVersionId: textId,
              },
            },
            { token },
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(
        code(await sut.gql(WITHDRAW, { input: { clientId, phoneNumber: TEST_PHONES.alice } }, { token })),
      ).toBe('NOT_FOUND');
    }
    // The sibling's own text id cannot be used for this client either.
    const own = must(
      await sut.gql<{ publishConsentText: { id: string } }>(
        PUBLISH,
        {
          input: {
            clientId: sibling,
            language: 'en',
            purposes: ['MARKETING'],
            title: 'News',
            text: 'I agree to receive offers via WhatsApp from Nachbar KG.',
          },
        },
        { token: firm.token },
      ),
    ).publishConsentText;
    expect(
      code(
        await sut.gql(
          REQUEST,
          {
            input: {
              clientId,
              phoneNumber: TEST_PHONES.alice,
              purposes: ['MARKETING'],
              consentTextVersionId: own.id,
            },
          },
          { token: firm.token },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('pages consent records with totalCount and filters by status, purpose and phone number', async () => {
    const all = must(
      await sut.gql<{
        consentRecords: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      }>(RECORDS, { clientId, first: 2 }, { token: firm.token }),
    ).consentRecords;
    expect(all.totalCount).toBeGreaterThanOrEqual(6);
    expect(all.edges).toHaveLength(2);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = must(
      await sut.gql<{ consentRecords: { edges: { node: { id: string } }[] } }>(
        RECORDS,
        { clientId, first: 2, after: all.pageInfo.endCursor },
        { token: firm.token },
      ),
    ).consentRecords;
    expect(next.edges.map((e) => e.node.id)).not.toContain(all.edges[0].node.id);
    const withdrawn = must(
      await sut.gql<{ consentRecords: { totalCount: number; edges: { node: { status: string } }[] } }>(
        RECORDS,
        { clientId, filter: { status: 'WITHDRAWN', purpose: 'SERVICE' } },
        { token: firm.token },
      ),
    ).consentRecords;
    expect(withdrawn.edges.every((e) => e.node.status === 'WITHDRAWN')).toBe(true);
    expect(withdrawn.totalCount).toBe(1);
    const byPhone = must(
      await sut.gql<{ consentRecords: { totalCount: number } }>(
        RECORDS,
        { clientId, filter: { phoneNumber: '0151 23456782' } },
        { token: firm.token },
      ),
    ).consentRecords;
    expect(byPhone.totalCount).toBe(1);
  });

  it('erases a subject: lookup by phone finds nothing, the evidence is unreadable, the audit chain stays valid; a legal hold blocks it', async () => {
    const hold = `mutation ($input: ConsentLegalHoldInput!) { setConsentLegalHold(input: $input) { legalHoldReason } }`;
    const erase = `mutation ($input: EraseConsentSubjectInput!) { eraseConsentSubject(input: $input) { subjectId recordCount } }`;
    must(
      await sut.gql(
        hold,
        { input: { clientId, phoneNumber: TEST_PHONES.bob, reason: 'Beweissicherung Az. 3 O 123/26' } },
        { token: firm.token },
      ),
    );
    const blocked = await sut.gql(
      erase,
      { input: { clientId, phoneNumber: TEST_PHONES.bob } },
      { token: firm.token },
    );
    expect(code(blocked)).toBe('CONFLICT');
    expect(blocked.errors?.[0]?.message).toContain('Az. 3 O 123/26');
    must(
      await sut.gql(
        hold,
        { input: { clientId, phoneNumber: TEST_PHONES.bob, reason: null } },
        { token: firm.token },
      ),
    );

    const erased = must(
      await sut.gql<{ eraseConsentSubject: { subjectId: string; recordCount: number } }>(
        erase,
        { input: { clientId, phoneNumber: TEST_PHONES.bob } },
        { token: firm.token },
      ),
    ).eraseConsentSubject;
    expect(erased.recordCount).toBe(1);
    expect(code(await sut.gql(PROOF, { clientId, phone: TEST_PHONES.bob }, { token: firm.token }))).toBe(
      'NOT_FOUND',
    );
    expect(
      must(
        await sut.gql<{ consentRecords: { totalCount: number } }>(
          RECORDS,
          { clientId, filter: { phoneNumber: TEST_PHONES.bob } },
          { token: firm.token },
        ),
      ).consentRecords.totalCount,
    ).toBe(0);

    const db = await owner();
    try {
      const { rows } = await db.query(
        `SELECT phone_index, phone_encrypted, phone_masked, data_key_encrypted, erased_at FROM consent_subject WHERE id = $1`,
        [erased.subjectId],
      );
      expect(rows[0]).toEqual({
        phone_index: null,
        phone_encrypted: null,
        phone_masked: null,
        data_key_encrypted: null,
        erased_at: expect.any(Date),
      });
      const events = await db.query(
        `SELECT type FROM consent_event WHERE subject_id = $1 ORDER BY occurred_at, id`,
        [erased.subjectId],
      );
      expect(events.rows.map((e) => e.type)).toEqual(['REQUESTED', 'CONFIRMED', 'ERASED']);
    } finally {
      await db.end();
    }
    const chain = must(
      await sut.gql<{ verifyAuditChain: { valid: boolean; checkedCount: number } }>(
        `{ verifyAuditChain { valid checkedCount } }`,
        {},
        { token: firm.token },
      ),
    );
    expect(chain.verifyAuditChain.valid).toBe(true);
    expect(chain.verifyAuditChain.checkedCount).toBeGreaterThan(5);
  });

  it('refuses UPDATE and DELETE of consent events and texts for the runtime role (and the owner)', async () => {
    const db = new Client({ connectionString: appUrlFor(sut.ownerUrl) });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [firm.tenantId]);
      await expect(db.query(`UPDATE consent_event SET type = 'CONFIRMED'`)).rejects.toThrow(
        /permission denied/,
      );
      await db.query('ROLLBACK');
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [firm.tenantId]);
      await expect(db.query(`DELETE FROM consent_event`)).rejects.toThrow(/permission denied/);
      await db.query('ROLLBACK');
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [firm.tenantId]);
      await expect(db.query(`UPDATE consent_text SET body = 'changed'`)).rejects.toThrow(/permission denied/);
      await db.query('ROLLBACK');
    } finally {
      await db.end();
    }
    const ownerDb = await owner();
    try {
      await expect(ownerDb.query(`UPDATE consent_event SET type = 'CONFIRMED'`)).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await ownerDb.end();
    }
  });

  it('keeps the client counters equal to the records (maintained in the same transaction)', async () => {
    const db = await owner();
    try {
      const { rows } = await db.query(
        `SELECT c.consent_pending AS pending, c.consent_confirmed AS confirmed, c.consent_withdrawn AS withdrawn, c.consent_expired AS expired,
                (SELECT count(*)::int FROM consent_record r WHERE r.client_id = c.id AND r.status = 'PENDING') AS p,
                (SELECT count(*)::int FROM consent_record r WHERE r.client_id = c.id AND r.status = 'CONFIRMED') AS c,
                (SELECT count(*)::int FROM consent_record r WHERE r.client_id = c.id AND r.status = 'WITHDRAWN') AS w,
                (SELECT count(*)::int FROM consent_record r WHERE r.client_id = c.id AND r.status = 'EXPIRED') AS e
           FROM client c WHERE c.id = $1`,
        [clientId],
      );
      const r = rows[0];
      expect([r.pending, r.confirmed, r.withdrawn, r.expired]).toEqual([r.p, r.c, r.w, r.e]);
      expect(r.c + r.w + r.e).toBeGreaterThan(3);
    } finally {
      await db.end();
    }
  });

  it('the plaintext scanner finds a planted phone number (so the end-of-suite scan can fail)', async () => {
    const db = await owner();
    try {
      await db.query(`CREATE TEMP TABLE leak_probe (note text, blob bytea)`);
      await db.query(
        `INSERT INTO leak_probe VALUES ('call +49 (151) 2345-6782', convert_to('ip 203.0.113.45', 'UTF8'))`,
      );
      const schema = (
        await db.query<{ s: string }>(`SELECT nspname AS s FROM pg_namespace WHERE oid = pg_my_temp_schema()`)
      ).rows[0].s;
      const leaks = await scanForPlaintext(db, ['4915123456782', TEST_IPS[0]], [schema]);
      expect(leaks.map((l) => `${l.column}:${l.needle}`).sort()).toEqual([
        'blob:203.0.113.45',
        'note:4915123456782',
      ]);
    } finally {
      await db.end();
    }
  });
});
