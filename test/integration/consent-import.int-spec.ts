import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { addMember, createClient, signUpFirm, type Firm } from '../support/factories';
import { TEST_IPS, TEST_PHONES } from '../support/sensitive-values';
import { startTestApp, type TestApp } from '../support/test-app';

type ImportResult = {
  id: string;
  state: string;
  dryRun: boolean;
  processedRows: number;
  importedRows: number;
  errorCount: number;
  errors: { line: number; field: string | null; message: string }[];
  fileSha256: string | null;
};

describe('Consent CSV import and export (REST)', () => {
  let sut: TestApp;
  let firm: Firm;
  let clientId: string;
  let textId: string;

  const upload = async (
    csv: string,
    options: { dryRun?: boolean; token?: string; client?: string } = {},
  ): Promise<{ status: number; body: ImportResult & { error?: { code: string } } }> => {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'consents.csv');
    const response = await fetch(
      `${sut.url}/api/clients/${options.client ?? clientId}/consents/import?dryRun=${options.dryRun ? 'true' : 'false'}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${options.token ?? firm.token}` },
        body: form,
      },
    );
    return { status: response.status, body: (await response.json()) as ImportResult };
  };

  const counts = async (): Promise<{ records: number; events: number; subjects: number }> => {
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT (SELECT count(*)::int FROM consent_record WHERE client_id = $1) AS records, (SELECT count(*)::int FROM consent_event WHERE client_id = $1) AS events, (SELECT count(*)::int FROM consent_subject WHERE client_id = $1) AS subjects`,
        [clientId],
      );
      return rows[0];
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Import GmbH');
    const published = await sut.gql<{ publishConsentText: { id: string } }>(
      `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
      {
        input: {
          clientId,
          language: 'de',
          purposes: ['MARKETING', 'SERVICE'],
          title: 'Newsletter',
          text: 'Ich möchte Angebote der Import GmbH per WhatsApp erhalten.',
        },
      },
      { token: firm.token },
    );
    textId = published.data?.publishConsentText.id ?? '';
  });
  afterAll(() => sut.close());

  const header = 'phone_number,purpose,status,occurred_at,text_version_id,source,ip,user_agent';

  it('reports malformed rows by line and commits nothing', async () => {
    const before = await counts();
    const csv = [
      header,
      `${TEST_PHONES.imported1},MARKETING,CONFIRMED,2026-01-10T10:00:00Z,${textId},WEB_FORM,${TEST_IPS[0]},Firefox`,
      `not-a-number,MARKETING,CONFIRMED,2026-01-10T10:00:00Z,,,,`,
      `${TEST_PHONES.imported2},SOMETHING,CONFIRMED,yesterday,,,,`,
      `${TEST_PHONES.imported2},SERVICE,CONFIRMED,2026-01-11T10:00:00Z,${textId},,999.1.1.1,`,
      `${TEST_PHONES.imported1},MARKETING,WITHDRAWN,2026-01-12T10:00:00Z,,,,`,
    ].join('\n');
    const { status, body } = await upload(csv);
    expect(status).toBe(200);
    expect(body.state).toBe('FAILED');
    expect(body.processedRows).toBe(5);
    expect(body.errors).toEqual([
      { line: 3, field: 'phone_number', message: expect.any(String) },
      { line: 4, field: 'purpose', message: expect.any(String) },
      { line: 4, field: 'occurred_at', message: expect.any(String) },
      { line: 5, field: 'ip', message: expect.any(String) },
      { line: 6, field: 'phone_number', message: 'Same number and purpose as line 2' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('commits nothing from a file cut off at the upload limit', async () => {
    const small = await startTestApp({ CONSENT_IMPORT_MAX_BYTES: '2048' });
    try {
      const owner = await signUpFirm(small);
      const client = await createClient(small, owner.token);
      const rows = Array.from(
        { length: 200 },
        (_, i) => `+49151${String(30_000_000 + i)},MARKETING,CONFIRMED,2026-01-10T10:00:00Z`,
      );
      const form = new FormData();
      form.append(
        'file',
        new Blob([[header.split(',').slice(0, 4).join(','), ...rows].join('\n')], { type: 'text/csv' }),
        'gross.csv',
      );
      const response = await fetch(`${small.url}/api/clients/${client}/consents/import?dryRun=false`, {
        method: 'POST',
        headers: { authorization: `Bearer ${owner.token}` },
        body: form,
      });
      expect(response.status).toBe(400);
      const stats = await small.gql<{ consentStats: { confirmed: number } }>(
        `query ($id: ID!) { consentStats(clientId: $id) { confirmed } }`,
        { id: client },
        { token: owner.token },
      );
      expect(stats.data?.consentStats.confirmed).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('rejects a file with a wrong header on line 1', async () => {
    const { body } = await upload('telefon,zweck\n+4915111122233,MARKETING\n');
    expect(body.state).toBe('FAILED');
    expect(body.errors[0]).toEqual(
      expect.objectContaining({
        line: 1,
        message: expect.stringMatching(/missing column\(s\) phone_number/),
      }),
    );
  });

  it('validates in a dry run without committing, then imports all-or-nothing with one audit event (rows, file SHA-256)', async () => {
    const csv = [
      header,
      `${TEST_PHONES.imported1},MARKETING,CONFIRMED,2026-01-10T10:00:00Z,${textId},WEB_FORM,${TEST_IPS[0]},Firefox`,
      `${TEST_PHONES.imported2},SERVICE,WITHDRAWN,2026-01-11T10:00:00Z,${textId},PAPER,,`,
      `${TEST_PHONES.imported2},MARKETING,CONFIRMED,2026-01-09T10:00:00Z,,,,`,
    ].join('\n');
    const sha = createHash('sha256').update(csv).digest('hex');
    const before = await counts();
    const dry = await upload(csv, { dryRun: true });
    expect(dry.body).toEqual(
      expect.objectContaining({
        state: 'VALIDATED',
        dryRun: true,
        processedRows: 3,
        importedRows: 0,
        errorCount: 0,
        fileSha256: sha,
      }),
    );
    expect(await counts()).toEqual(before);

    const real = await upload(csv);
    expect(real.body).toEqual(
      expect.objectContaining({
        state: 'COMMITTED',
        processedRows: 3,
        importedRows: 3,
        errorCount: 0,
        fileSha256: sha,
      }),
    );
    expect(await counts()).toEqual({
      records: before.records + 3,
      events: before.events + 3,
      subjects: before.subjects + 2,
    });

    const progress = await sut.gql<{ consentImport: { state: string; importedRows: number } }>(
      `query ($id: ID!) { consentImport(id: $id) { state importedRows } }`,
      { id: real.body.id },
      { token: firm.token },
    );
    expect(progress.data?.consentImport).toEqual({ state: 'COMMITTED', importedRows: 3 });

    const audit = await sut.gql<{ auditEvents: { edges: { node: { action: string; changes: string } }[] } }>(
      `{ auditEvents(filter: { action: "consent.imported" }) { edges { node { action changes } } } }`,
      {},
      { token: firm.token },
    );
    expect(
      audit.data?.auditEvents.edges.map((e) => ({
        action: e.node.action,
        changes: JSON.parse(e.node.changes),
      })),
    ).toEqual([
      { action: 'consent.imported', changes: expect.objectContaining({ rows: 3, fileSha256: sha }) },
    ]);

    const stats = await sut.gql<{ client: { consentStats: Record<string, number> } }>(
      `query ($id: ID!) { client(id: $id) { consentStats { confirmed withdrawn } } }`,
      { id: clientId },
      { token: firm.token },
    );
    expect(stats.data?.client.consentStats).toEqual({ confirmed: 2, withdrawn: 1 });
  });

  it('updates known subjects on a later import, keeping their history and sealing evidence with their own key', async () => {
    const csv = [
      header,
      `${TEST_PHONES.imported1},MARKETING,WITHDRAWN,2026-02-01T08:00:00Z,,WHATSAPP_REPLY,${TEST_IPS[1]},WhatsApp`,
    ].join('\n');
    expect((await upload(csv)).body).toEqual(
      expect.objectContaining({ state: 'COMMITTED', importedRows: 1 }),
    );
    const proof = await sut.gql<{
      consentProof: {
        records: { purpose: string; status: string }[];
        events: { type: string; source: string; evidence: { ip: string | null } | null }[];
      };
    }>(
      `query ($c: ID!, $p: String!) { consentProof(clientId: $c, phoneNumber: $p) { records { purpose status } events { type source evidence { ip } } } }`,
      { c: clientId, p: TEST_PHONES.imported1 },
      { token: firm.token },
    );
    expect(proof.data?.consentProof.records).toEqual([{ purpose: 'MARKETING', status: 'WITHDRAWN' }]);
    expect(proof.data?.consentProof.events).toEqual([
      { type: 'IMPORTED', source: 'WEB_FORM', evidence: { ip: TEST_IPS[0] } },
      { type: 'IMPORTED', source: 'WHATSAPP_REPLY', evidence: { ip: TEST_IPS[1] } },
    ]);
    const stats = await sut.gql<{ client: { consentStats: Record<string, number> } }>(
      `query ($id: ID!) { client(id: $id) { consentStats { confirmed withdrawn } } }`,
      { id: clientId },
      { token: firm.token },
    );
    expect(stats.data?.client.consentStats).toEqual({ confirmed: 1, withdrawn: 2 });
  });

  it('exports the records as CSV with the phone numbers for the firm', async () => {
    const response = await fetch(`${sut.url}/api/clients/${clientId}/consents/export`, {
      headers: { authorization: `Bearer ${firm.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="consents-/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'phone_number,purpose,status,requested_at,confirmed_at,withdrawn_at,text_version_id,text_sha256,updated_at,client_name',
    );
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',').slice(0, 3).join(','))
        .sort(),
    ).toEqual([
      '+4915211122233,MARKETING,WITHDRAWN',
      '+4915211122244,MARKETING,CONFIRMED',
      '+4915211122244,SERVICE,WITHDRAWN',
    ]);
  });

  it('answers another client’s user and another firm with NOT_FOUND on import and export', async () => {
    const sibling = await createClient(sut, firm.token, 'Nachbar');
    const siblingUser = await addMember(sut, firm.token, 'CLIENT_ADMIN', sibling);
    const other = await signUpFirm(sut);
    for (const token of [siblingUser.token, other.token]) {
      const { status, body } = await upload(`${header}\n`, { token });
      expect([status, body.error?.code]).toEqual([404, 'NOT_FOUND']);
      const exported = await fetch(`${sut.url}/api/clients/${clientId}/consents/export`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(exported.status).toBe(404);
    }
  });
});
