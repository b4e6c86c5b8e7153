import { createHash } from 'node:crypto';
import { signUpFirm, type Firm } from '../support/factories';
import { flatText, readPdf } from '../support/pdf';
import { TEST_PHONES } from '../support/sensitive-values';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

// The access export of a data subject request as a PDF (docs/reports.md § Access export; Art. 15, 20 DSGVO).
const PUBLISH = `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { id } }`;
const ACTIONS = `query ($id: ID!) { dataSubjectRequest(id: $id) { actions { action outcome detail } } }`;

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const digits = (phone: string): string => phone.replace(/\D/g, '');

describe('Access export of a data subject request as a PDF', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;
  let clientId: string;

  const request = async (input: Record<string, unknown>): Promise<string> =>
    must(
      await sut.gql<{ createDataSubjectRequest: { id: string } }>(
        CREATE,
        { input: { clientId, channel: 'EMAIL', receivedAt: new Date().toISOString(), ...input } },
        { token: firm.token },
      ),
    ).createDataSubjectRequest.id;
  const download = async (id: string, token = firm.token, lang = '') => {
    const response = await fetch(`${sut.url}/api/data-subject-requests/${id}/export.pdf${lang}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
    clientId = must(
      await sut.gql<{ createClient: { id: string } }>(
        `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
        { input: { name: 'Blumenladen Öztürk', federalState: 'NW' } },
        { token: firm.token },
      ),
    ).createClient.id;
    const textId = must(
      await sut.gql<{ publishConsentText: { id: string } }>(
        PUBLISH,
        {
          input: {
            clientId,
            language: 'de',
            purposes: ['MARKETING'],
            title: 'Angebote per WhatsApp',
            text: 'Ich willige ein, dass der Blumenladen Öztürk mir Angebote per WhatsApp sendet. Widerruf jederzeit möglich.',
          },
        },
        { token: firm.token },
      ),
    ).publishConsentText.id;
    for (const phoneNumber of [TEST_PHONES.exportPdfPerson, TEST_PHONES.exportPdfOther])
      must(
        await sut.gql(
          RECORD,
          {
            input: {
              clientId,
              phoneNumber,
              purposes: ['MARKETING'],
              consentTextVersionId: textId,
              source: 'PAPER',
              confirmedAt: new Date(Date.now() - 86_400_000).toISOString(),
            },
          },
          { token: firm.token },
        ),
      );
  });
  afterAll(() => sut.close());

  it("renders that person's consent data under the request's facts, records the export and audits its hash", async () => {
    const id = await request({
      type: 'ACCESS',
      identityStatus: 'VERIFIED',
      phoneNumber: TEST_PHONES.exportPdfPerson,
    });
    const pdf = await download(id);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toBe('private, no-store');
    const text = flatText(await readPdf(pdf.bytes));
    expect(text).toContain('Auskunft über Einwilligungsdaten (Art. 15, 20 DSGVO) – Blumenladen Öztürk');
    expect(text).toContain('Auskunft (Art. 15 DSGVO)');
    expect(text).toContain(id);
    expect(text).toContain('Ich willige ein, dass der Blumenladen Öztürk mir Angebote per WhatsApp sendet.');
    expect(text).not.toContain(digits(TEST_PHONES.exportPdfOther).slice(-8));

    const actions = must(
      await sut.gql<{
        dataSubjectRequest: { actions: { action: string; outcome: string; detail: string }[] };
      }>(ACTIONS, { id }, { token: firm.token }),
    ).dataSubjectRequest.actions;
    expect(actions).toEqual([
      {
        action: 'EXPORT_CONSENT_DATA',
        outcome: 'DONE',
        detail: expect.stringContaining('als PDF exportiert'),
      },
    ]);
    const audit = await withOwner(
      sut,
      async (db) =>
        (
          await db.query<{ action: string; changes: string }>(
            `SELECT action, changes FROM audit_event WHERE tenant_id = $1 AND entity_id = $2 ORDER BY seq`,
            [firm.tenantId, id],
          )
        ).rows,
    );
    // The chain stores `changes` as its canonical JSON text.
    const found = audit.find((a) => a.action === 'report.generated');
    const generated = found && { changes: JSON.parse(found.changes) as Record<string, unknown> };
    expect(generated?.changes['kind']).toBe('request-export');
    expect(generated?.changes['sha256']).toBe(createHash('sha256').update(pdf.bytes).digest('hex'));
    expect(audit.map((a) => a.action)).toContain('data_subject_request.action_run');
  });

  it('is in English on ?lang=en', async () => {
    const id = await request({
      type: 'PORTABILITY',
      identityStatus: 'VERIFIED',
      phoneNumber: TEST_PHONES.exportPdfPerson,
    });
    const pdf = await download(id, firm.token, '?lang=en');
    expect(pdf.status).toBe(200);
    const text = flatText(await readPdf(pdf.bytes));
    expect(text).toContain('Access to consent data (Art. 15, 20 GDPR) – Blumenladen Öztürk');
    expect(text).toContain('Data portability (Art. 20 GDPR)');
  });

  it.each([
    [
      'an unverified identity',
      { type: 'ACCESS', identityStatus: 'PENDING', phoneNumber: TEST_PHONES.exportPdfPerson },
    ],
    [
      'an ERASURE request',
      { type: 'ERASURE', identityStatus: 'VERIFIED', phoneNumber: TEST_PHONES.exportPdfPerson },
    ],
    [
      'a number without consent data',
      { type: 'ACCESS', identityStatus: 'VERIFIED', phoneNumber: TEST_PHONES.exportPdfNobody },
    ],
  ])('refuses %s with 409 and records nothing', async (_, input) => {
    const id = await request(input);
    const pdf = await download(id);
    expect(pdf.status).toBe(409);
    const actions = must(
      await sut.gql<{ dataSubjectRequest: { actions: unknown[] } }>(ACTIONS, { id }, { token: firm.token }),
    ).dataSubjectRequest.actions;
    expect(actions).toEqual([]);
  });

  it("is the same 404 for another firm's request as for a random id", async () => {
    const id = await request({
      type: 'ACCESS',
      identityStatus: 'VERIFIED',
      phoneNumber: TEST_PHONES.exportPdfPerson,
    });
    const foreign = await download(id, other.token);
    const random = await download('6f1c2a4e-7b1d-4c59-9a53-0d9f6e2b8c11', other.token);
    expect([foreign.status, random.status]).toEqual([404, 404]);
  });
});
