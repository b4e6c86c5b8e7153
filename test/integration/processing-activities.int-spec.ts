import { Client } from 'pg';
import {
  COMPLIANT_PLATFORM_ANSWERS,
  createBsp,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
  type Firm,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  APPLY,
  CREATE,
  UPDATE,
  APPROVE,
  GET,
  LIST,
  COMPLIANCE,
  TASKS,
  type Activity,
  must,
  code,
  record,
} from '../support/processing';

describe('Record of processing activities (Art. 30): templates, versions, approval, the rules', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;

  const gql = async <T>(query: string, variables: Record<string, unknown>, token = firm.token): Promise<T> =>
    must(await sut.gql<T>(query, variables, { token }));
  const findings = async (clientId: string): Promise<Record<string, string>> =>
    Object.fromEntries(
      (
        await gql<{ client: { compliance: { findings: { ruleId: string; status: string }[] } } }>(
          COMPLIANCE,
          {
            id: clientId,
          },
        )
      ).client.compliance.findings.map((f) => [f.ruleId, f.status]),
    );
  const ruleTask = async (clientId: string, ruleId: string): Promise<string | undefined> =>
    (
      await gql<{ tasks: { edges: { node: { status: string; ruleId: string | null } }[] } }>(TASKS, {
        clientId,
      })
    ).tasks.edges
      .map((e) => e.node)
      .find((t) => t.ruleId === ruleId)?.status;
  const platformClient = async (bsp: { name: string; hostingRegion: string; transferMechanism: string }) => {
    const clientId = await createClient(sut, firm.token);
    const bspId = await createBsp(sut, firm.token, bsp);
    await createWhatsAppAccount(sut, firm.token, {
      clientId,
      variant: 'BUSINESS_PLATFORM',
      bspId,
      answers: COMPLIANT_PLATFORM_ANSWERS,
    });
    return { clientId, bspId };
  };

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
  });
  afterAll(() => sut.close());

  it('the Platform template fills recipients and transfers from the account; approving passes WA-PROCESSING-RECORD and closes its task', async () => {
    const { clientId, bspId } = await platformClient({
      name: 'Sinch Europe EU-Hosting',
      hostingRegion: 'EU',
      transferMechanism: 'NONE',
    });
    expect((await findings(clientId))['WA-PROCESSING-RECORD']).toBe('FAIL');
    expect(await ruleTask(clientId, 'WA-PROCESSING-RECORD')).toBe('OPEN');

    const [activity] = (
      await gql<{ applyProcessingTemplate: Activity[] }>(APPLY, {
        input: { templateId: 'builtin:whatsapp-platform:de', clientIds: [clientId] },
      })
    ).applyProcessingTemplate;
    expect(activity).toEqual(
      expect.objectContaining({ status: 'DRAFT', version: 1, approvedVersion: null, transferGaps: [] }),
    );
    expect(activity.templateId).toBe('builtin:whatsapp-platform:de');
    expect(activity.record.recipients).toEqual([
      { name: 'Meta Platforms Ireland Ltd.', kind: 'PROCESSOR', region: 'EU', bspId: null },
      { name: 'Sinch Europe EU-Hosting', kind: 'PROCESSOR', region: 'EU', bspId },
    ]);
    expect(activity.record.transfers).toEqual([
      { recipient: 'Meta Platforms, Inc.', country: 'US', mechanism: 'DATA_PRIVACY_FRAMEWORK' },
    ]);
    expect(activity.record['dataCategories']).toEqual(
      expect.arrayContaining(['Telefonnummer', 'Profilname', 'Nachrichteninhalte']),
    );
    expect(activity.record['whatsAppVariants']).toEqual(['BUSINESS_PLATFORM']);
    expect(activity.record['technicalMeasureIds']).toEqual(expect.arrayContaining(['builtin:encryption']));
    // A draft does not count yet.
    expect((await findings(clientId))['WA-PROCESSING-RECORD']).toBe('FAIL');

    const approved = (await gql<{ approveProcessingActivity: Activity }>(APPROVE, { id: activity.id }))
      .approveProcessingActivity;
    expect(approved).toEqual(expect.objectContaining({ status: 'APPROVED', approvedVersion: 1 }));
    expect(approved.nextReviewAt).not.toBeNull();
    const after = await findings(clientId);
    expect(after['WA-PROCESSING-RECORD']).toBe('PASS');
    expect(after['PROC-TRANSFER-MECHANISM']).toBe('PASS');
    expect(after['PROC-RETENTION']).toBe('PASS');
    expect(await ruleTask(clientId, 'WA-PROCESSING-RECORD')).toBe('DONE');
  });

  it('a third-country BSP without mechanism, and an English template, fail PROC-TRANSFER-MECHANISM; SCCs fix it', async () => {
    const { clientId } = await platformClient({
      name: 'Chat Cloud LLC',
      hostingRegion: 'THIRD_COUNTRY',
      transferMechanism: 'NONE',
    });
    const [activity] = (
      await gql<{ applyProcessingTemplate: Activity[] }>(APPLY, {
        input: { templateId: 'builtin:whatsapp-platform:en', clientIds: [clientId] },
      })
    ).applyProcessingTemplate;
    expect(activity.name).toBe('WhatsApp Business Platform via a provider');
    expect(activity.record['dataCategories']).toEqual(
      expect.arrayContaining(['Phone number', 'Profile name']),
    );
    expect(activity.transferGaps).toEqual(['Chat Cloud LLC']);
    expect(activity.record.transfers[1]).toEqual({
      recipient: 'Chat Cloud LLC',
      country: '',
      mechanism: 'NONE',
    });
    expect((await findings(clientId))['PROC-TRANSFER-MECHANISM']).toBe('FAIL');
    expect(await ruleTask(clientId, 'PROC-TRANSFER-MECHANISM')).toBe('OPEN');

    const fixed = (
      await gql<{ updateProcessingActivity: Activity }>(UPDATE, {
        id: activity.id,
        input: {
          record: {
            ...activity.record,
            // The prefilled transfer of the BSP carries the catalogue's NONE: it is replaced.
            transfers: [
              activity.record.transfers[0],
              { recipient: 'Chat Cloud LLC', country: 'us', mechanism: 'STANDARD_CONTRACTUAL_CLAUSES' },
            ],
          },
        },
      })
    ).updateProcessingActivity;
    expect(fixed.version).toBe(2);
    expect(fixed.transferGaps).toEqual([]);
    expect(fixed.record.transfers[1]).toEqual(
      expect.objectContaining({ country: 'US', mechanism: 'STANDARD_CONTRACTUAL_CLAUSES' }),
    );
    expect((await findings(clientId))['PROC-TRANSFER-MECHANISM']).toBe('PASS');
    expect(await ruleTask(clientId, 'PROC-TRANSFER-MECHANISM')).toBe('DONE');
  });

  it('an activity without retention period fails PROC-RETENTION', async () => {
    const clientId = await createClient(sut, firm.token);
    expect((await findings(clientId))['PROC-RETENTION']).toBe('NOT_APPLICABLE');
    const created = (
      await gql<{ createProcessingActivity: Activity }>(CREATE, {
        input: { clientId, record: record({ retention: '   ' }) },
      })
    ).createProcessingActivity;
    expect(created.record['retention']).toBe('');
    expect((await findings(clientId))['PROC-RETENTION']).toBe('FAIL');
    expect(await ruleTask(clientId, 'PROC-RETENTION')).toBe('OPEN');
    await gql(UPDATE, { id: created.id, input: { record: record() } });
    expect((await findings(clientId))['PROC-RETENTION']).toBe('PASS');
  });

  it('keeps every approved version unchanged; an edit is a new draft while the approved one stays in force', async () => {
    const clientId = await createClient(sut, firm.token);
    const v1 = (
      await gql<{ createProcessingActivity: Activity }>(CREATE, { input: { clientId, record: record() } })
    ).createProcessingActivity;
    await gql(APPROVE, { id: v1.id });
    const v2 = (
      await gql<{ updateProcessingActivity: Activity }>(UPDATE, {
        id: v1.id,
        input: { record: record({ purposes: ['Bewerbungsverfahren', 'Talentpool mit Einwilligung'] }) },
      })
    ).updateProcessingActivity;
    expect(v2).toEqual(expect.objectContaining({ status: 'DRAFT', version: 2, approvedVersion: 1 }));
    // Unchanged record: no new version.
    const same = (
      await gql<{ updateProcessingActivity: Activity }>(UPDATE, {
        id: v1.id,
        input: { record: record({ purposes: ['Bewerbungsverfahren', 'Talentpool mit Einwilligung'] }) },
      })
    ).updateProcessingActivity;
    expect(same.version).toBe(2);
    await gql(APPROVE, { id: v1.id });
    await gql(UPDATE, { id: v1.id, input: { record: record({ name: 'Bewerbungen' }) } });
    const history = (await gql<{ processingActivity: Activity }>(GET, { id: v1.id })).processingActivity;
    expect(history.versions.map((v) => [v.version, v.approvedAt !== null])).toEqual([
      [3, false],
      [2, true],
      [1, true],
    ]);
    expect(history.versions[2].record['purposes']).toEqual(['Durchführung des Bewerbungsverfahrens']);
    expect(history.versions[1].record['purposes']).toEqual([
      'Bewerbungsverfahren',
      'Talentpool mit Einwilligung',
    ]);

    // Not even the database owner can rewrite or delete a version (the trigger refuses it).
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      await expect(
        db.query(
          `UPDATE processing_activity_version SET record = '{}' WHERE activity_id = $1 AND version = 1`,
          [v1.id],
        ),
      ).rejects.toThrow(/immutable/);
      await expect(
        db.query(`DELETE FROM processing_activity_version WHERE activity_id = $1`, [v1.id]),
      ).rejects.toThrow(/immutable/);
    } finally {
      await db.end();
    }
  });

  it('applies a template to many clients at once, and a firm template too', async () => {
    const a = await createClient(sut, firm.token);
    const b = await createClient(sut, firm.token);
    const applied = (
      await gql<{ applyProcessingTemplate: Activity[] }>(APPLY, {
        input: { templateId: 'builtin:whatsapp-marketing:de', clientIds: [a, b] },
      })
    ).applyProcessingTemplate;
    expect(applied.map((x) => x.clientId)).toEqual([a, b]);
    expect(applied[0].record['legalBases']).toEqual(['ART6_1_A']);
    const templates = (
      await gql<{ processingTemplates: { id: string; builtIn: boolean; language: string }[] }>(
        `query { processingTemplates { id builtIn language } }`,
        {},
      )
    ).processingTemplates;
    expect(templates.filter((t) => t.builtIn)).toHaveLength(6);
    const own = (
      await gql<{ createProcessingTemplate: { id: string } }>(
        `mutation ($input: CreateProcessingTemplateInput!) { createProcessingTemplate(input: $input) { id } }`,
        { input: { name: 'Bewerbermanagement (Kanzlei-Vorlage)', language: 'DE', record: record() } },
      )
    ).createProcessingTemplate;
    const fromOwn = (
      await gql<{ applyProcessingTemplate: Activity[] }>(APPLY, {
        input: { templateId: own.id, clientIds: [a, b] },
      })
    ).applyProcessingTemplate;
    expect(fromOwn.map((x) => x.name)).toEqual(['Bewerbermanagement', 'Bewerbermanagement']);
    const listed = (
      await gql<{ processingActivities: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST, {
        clientId: a,
      })
    ).processingActivities;
    expect(listed.totalCount).toBe(2);
    // The other firm sees neither the template nor can it apply it.
    expect(
      code(await sut.gql(APPLY, { input: { templateId: own.id, clientIds: [a] } }, { token: other.token })),
    ).toBe('NOT_FOUND');
    const otherClient = await createClient(sut, other.token);
    expect(
      code(
        await sut.gql(
          APPLY,
          { input: { templateId: own.id, clientIds: [otherClient] } },
          { token: other.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(
        await sut.gql(
          APPLY,
          { input: { templateId: 'builtin:nope:de', clientIds: [a] } },
          { token: firm.token },
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
