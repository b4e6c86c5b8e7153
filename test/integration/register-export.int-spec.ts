import { Client } from 'pg';
import {
  addMember,
  COMPLIANT_PLATFORM_ANSWERS,
  createBsp,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
  type Firm,
} from '../support/factories';
import { flatText, readPdf } from '../support/pdf';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};

describe('Export of a client’s register as JSON and CSV', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;
  let clientId: string;
  let activityId: string;

  const get = (path: string, token: string) =>
    fetch(`${sut.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Reisebüro Export');
    const bspId = await createBsp(sut, firm.token, { name: 'Exportchat GmbH', hostingRegion: 'EU' });
    await createWhatsAppAccount(sut, firm.token, {
      clientId,
      variant: 'BUSINESS_PLATFORM',
      bspId,
      answers: COMPLIANT_PLATFORM_ANSWERS,
    });
    activityId = must(
      await sut.gql<{ applyProcessingTemplate: { id: string }[] }>(
        `mutation ($input: ApplyProcessingTemplateInput!) { applyProcessingTemplate(input: $input) { id } }`,
        { input: { templateId: 'builtin:whatsapp-platform:de', clientIds: [clientId] } },
        { token: firm.token },
      ),
    ).applyProcessingTemplate[0].id;
    must(
      await sut.gql(
        `mutation ($id: ID!) { approveProcessingActivity(id: $id) { id } }`,
        { id: activityId },
        { token: firm.token },
      ),
    );
    must(
      await sut.gql(
        `mutation ($input: SaveDpiaScreeningInput!) { saveDpiaScreening(input: $input) { result } }`,
        { input: { activityId, criteria: ['LARGE_SCALE'] } },
        { token: firm.token },
      ),
    );
    must(
      await sut.gql(
        `mutation ($input: SetTechnicalMeasureStatusInput!) { setTechnicalMeasureStatus(input: $input) { status } }`,
        { input: { clientId, measureId: 'builtin:backups', status: 'IMPLEMENTED' } },
        { token: firm.token },
      ),
    );
  });
  afterAll(() => sut.close());

  it('gives the activities with current and approved record, the screening and the TOMs as JSON, audited', async () => {
    const response = await get(`/api/clients/${clientId}/register/export.json`, firm.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="processing-register-/,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = (await response.json()) as {
      clientName: string;
      processingActivities: {
        id: string;
        status: string;
        record: { recipients: { name: string }[] };
        approvedRecord: unknown;
        dpiaScreening: { result: string } | null;
      }[];
      technicalMeasures: { measureId: string; status: string | null }[];
    };
    expect(body.clientName).toBe('Reisebüro Export');
    expect(body.processingActivities).toHaveLength(1);
    const [activity] = body.processingActivities;
    expect(activity).toEqual(
      expect.objectContaining({
        id: activityId,
        status: 'APPROVED',
        dpiaScreening: expect.objectContaining({ result: 'NOT_REQUIRED' }),
      }),
    );
    expect(activity.record.recipients.map((r) => r.name)).toEqual([
      'Meta Platforms Ireland Ltd.',
      'Exportchat GmbH',
    ]);
    expect(activity.approvedRecord).toEqual(activity.record);
    expect(body.technicalMeasures.find((m) => m.measureId === 'builtin:backups')?.status).toBe('IMPLEMENTED');

    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ format: string }>(
        `SELECT changes::jsonb ->> 'format' AS format
           FROM audit_event WHERE action = 'processing_register.exported' AND client_id = $1`,
        [clientId],
      );
      expect(rows.map((r) => r.format)).toContain('json');
    } finally {
      await db.end();
    }
  });

  it('gives one CSV row per activity, in the dialect asked for', async () => {
    const rfc = await get(`/api/clients/${clientId}/register/export.csv`, firm.token);
    expect(rfc.status).toBe(200);
    expect(rfc.headers.get('content-type')).toContain('text/csv');
    const [header, row, end] = (await rfc.text()).split('\r\n');
    expect(header).toBe(
      'name,status,version,approved_version,purposes,legal_bases,subject_categories,data_categories,recipients,transfers,retention,security_measures,dpia_screening,next_review_at',
    );
    expect(row).toContain('WhatsApp Business Platform über einen Business Solution Provider,APPROVED,1,1,');
    expect(row).toContain('Meta Platforms, Inc. → US (DATA_PRIVACY_FRAMEWORK)');
    expect(row).toContain('NOT_REQUIRED');
    expect(end).toBe('');
    const excel = await get(`/api/clients/${clientId}/register/export.csv?dialect=excel-de`, firm.token);
    // The BOM as bytes (Response.text() would drop it).
    const bytes = Buffer.from(await excel.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString('utf8').startsWith('Verarbeitungstätigkeit;Status;Version;')).toBe(
      true,
    );
    expect((await get(`/api/clients/${clientId}/register/export.csv?dialect=nope`, firm.token)).status).toBe(
      400,
    );
  });

  it('renders the register as a PDF in German and English, audited as a report', async () => {
    const response = await get(`/api/clients/${clientId}/register.pdf`, firm.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = flatText(await readPdf(Buffer.from(await response.arrayBuffer())));
    expect(text).toContain('Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) – Reisebüro Export');
    expect(text).toContain('WhatsApp Business Platform über einen Business Solution Provider');
    expect(text).toContain('Exportchat GmbH (PROCESSOR, EU)');
    expect(text).toContain('Regelmäßige Datensicherung an getrenntem Ort');
    const english = await get(`/api/clients/${clientId}/register.pdf?lang=en`, firm.token);
    expect(flatText(await readPdf(Buffer.from(await english.arrayBuffer())))).toContain(
      'Record of processing activities (Art. 30 GDPR) – Reisebüro Export',
    );
    expect((await get(`/api/clients/${clientId}/register.pdf`, other.token)).status).toBe(404);
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ kind: string }>(
        `SELECT changes::jsonb ->> 'kind' AS kind FROM audit_event WHERE action = 'report.generated' AND client_id = $1`,
        [clientId],
      );
      expect(rows.map((r) => r.kind)).toContain('processing-register');
    } finally {
      await db.end();
    }
  });

  it('answers another firm and another company’s client users like an unknown client', async () => {
    for (const format of ['json', 'csv']) {
      expect((await get(`/api/clients/${clientId}/register/export.${format}`, other.token)).status).toBe(404);
    }
    const neighbour = await createClient(sut, firm.token);
    const viewer = (await addMember(sut, firm.token, 'CLIENT_VIEWER', neighbour)).token;
    expect((await get(`/api/clients/${clientId}/register/export.json`, viewer)).status).toBe(404);
    const own = (await addMember(sut, firm.token, 'CLIENT_VIEWER', clientId)).token;
    expect((await get(`/api/clients/${clientId}/register/export.json`, own)).status).toBe(200);
  });
});
