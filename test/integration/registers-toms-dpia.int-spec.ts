import {
  addMember,
  COMPLIANT_PLATFORM_ANSWERS,
  createBsp,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
  type Firm,
} from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const MEASURES = `query ($clientId: ID!) { technicalMeasures(clientId: $clientId) { measureId goal title titleEn builtIn status note evidenceDocumentId } }`;
const SET = `mutation ($input: SetTechnicalMeasureStatusInput!) { setTechnicalMeasureStatus(input: $input) { measureId status note evidenceDocumentId } }`;
const CREATE_MEASURE = `mutation ($input: CreateTechnicalMeasureInput!) { createTechnicalMeasure(input: $input) { measureId goal builtIn } }`;
const DPIA_FIELDS = `activityId status residualRisk consultationRequired approvedAt risks { level residualLevel }`;
const SCREENING = `query ($activityId: ID!) { dpiaScreening(activityId: $activityId) { result authorityListEntry questions { criterion met text textEn } dpia { ${DPIA_FIELDS} } } }`;
const SCREEN = `mutation ($input: SaveDpiaScreeningInput!) { saveDpiaScreening(input: $input) { result questions { criterion met } } }`;
const SAVE_DPIA = `mutation ($input: SaveDpiaInput!) { saveDpia(input: $input) { ${DPIA_FIELDS} } }`;
const APPROVE_DPIA = `mutation ($activityId: ID!) { approveDpia(activityId: $activityId) { ${DPIA_FIELDS} } }`;
const APPLY = `mutation ($input: ApplyProcessingTemplateInput!) { applyProcessingTemplate(input: $input) { id } }`;
const COMPLIANCE = `query ($id: ID!) { client(id: $id) { compliance { findings { ruleId status } } } }`;

type Measure = {
  measureId: string;
  goal: string;
  title: string;
  titleEn: string;
  builtIn: boolean;
  status: string | null;
  note: string;
  evidenceDocumentId: string | null;
};

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];

describe('Registers: TOMs by Art. 32 goal, DPIA screening (WP248) and DPIA', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;

  const gql = async <T>(query: string, variables: Record<string, unknown>, token = firm.token): Promise<T> =>
    must(await sut.gql<T>(query, variables, { token }));
  const dpiaFinding = async (clientId: string): Promise<string | undefined> =>
    (
      await gql<{ client: { compliance: { findings: { ruleId: string; status: string }[] } } }>(COMPLIANCE, {
        id: clientId,
      })
    ).client.compliance.findings.find((f) => f.ruleId === 'WA-DPIA')?.status;

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
  });
  afterAll(() => sut.close());

  it('lists the catalogue grouped by goal, keeps a status per client with note and evidence; the firm adds its own', async () => {
    const clientId = await createClient(sut, firm.token);
    const neighbour = await createClient(sut, firm.token);
    const measures = (await gql<{ technicalMeasures: Measure[] }>(MEASURES, { clientId })).technicalMeasures;
    const goals = measures.map((m) => m.goal);
    expect([...new Set(goals)]).toEqual([
      'CONFIDENTIALITY',
      'INTEGRITY',
      'AVAILABILITY',
      'RESILIENCE',
      'RECOVERABILITY',
      'REGULAR_TESTING',
    ]);
    // Grouped: each goal's measures stand together.
    expect(goals).toEqual([...goals].sort((a, b) => goals.indexOf(a) - goals.indexOf(b)));
    expect(measures.every((m) => m.status === null)).toBe(true);

    const document = must(
      await sut.gql<{ createDocument: { id: string } }>(
        `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
        { input: { clientId, type: 'TOM', title: 'Backup-Konzept' } },
        { token: firm.token },
      ),
    ).createDocument;
    const set = (
      await gql<{ setTechnicalMeasureStatus: Measure }>(SET, {
        input: {
          clientId,
          measureId: 'builtin:backups',
          status: 'PARTIAL',
          note: ' Nur wöchentlich ',
          evidenceDocumentId: document.id,
        },
      })
    ).setTechnicalMeasureStatus;
    expect(set).toEqual({
      measureId: 'builtin:backups',
      status: 'PARTIAL',
      note: 'Nur wöchentlich',
      evidenceDocumentId: document.id,
    });
    await gql(SET, { input: { clientId, measureId: 'builtin:backups', status: 'IMPLEMENTED' } });
    const after = (await gql<{ technicalMeasures: Measure[] }>(MEASURES, { clientId })).technicalMeasures;
    expect(after.find((m) => m.measureId === 'builtin:backups')?.status).toBe('IMPLEMENTED');
    const neighbours = (await gql<{ technicalMeasures: Measure[] }>(MEASURES, { clientId: neighbour }))
      .technicalMeasures;
    expect(neighbours.find((m) => m.measureId === 'builtin:backups')?.status).toBeNull();
    // Evidence must be the client's own document.
    expect(
      code(
        await sut.gql(
          SET,
          {
            input: {
              clientId: neighbour,
              measureId: 'builtin:backups',
              status: 'IMPLEMENTED',
              evidenceDocumentId: document.id,
            },
          },
          { token: firm.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        await sut.gql(
          SET,
          { input: { clientId, measureId: 'builtin:nope', status: 'IMPLEMENTED' } },
          { token: firm.token },
        ),
      ),
    ).toBe('NOT_FOUND');

    const own = (
      await gql<{ createTechnicalMeasure: Measure }>(CREATE_MEASURE, {
        input: { goal: 'REGULAR_TESTING', title: 'Jährlicher Penetrationstest' },
      })
    ).createTechnicalMeasure;
    expect(own).toEqual(expect.objectContaining({ goal: 'REGULAR_TESTING', builtIn: false }));
    const withOwn = (await gql<{ technicalMeasures: Measure[] }>(MEASURES, { clientId })).technicalMeasures;
    expect(withOwn.at(-1)?.measureId).toBe(own.measureId);
    // Another firm: neither the client nor the firm's measure.
    expect(code(await sut.gql(MEASURES, { clientId }, { token: other.token }))).toBe('NOT_FOUND');
    const otherClient = await createClient(sut, other.token);
    expect(
      code(
        await sut.gql(
          SET,
          { input: { clientId: otherClient, measureId: own.measureId, status: 'IMPLEMENTED' } },
          { token: other.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    // A client user sets their own company's status; a viewer only reads.
    const admin = (await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId)).token;
    await gql(SET, { input: { clientId, measureId: 'builtin:encryption', status: 'PLANNED' } }, admin);
    expect(
      code(
        await sut.gql(
          SET,
          { input: { clientId: neighbour, measureId: 'builtin:encryption', status: 'PLANNED' } },
          { token: admin },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(await sut.gql(CREATE_MEASURE, { input: { goal: 'INTEGRITY', title: 'x' } }, { token: admin })),
    ).toBe('FORBIDDEN');
  });

  it('two WP248 criteria make a DPIA required and WA-DPIA fails until the DPIA is approved', async () => {
    const clientId = await createClient(sut, firm.token);
    const bspId = await createBsp(sut, firm.token, { hostingRegion: 'EU' });
    await createWhatsAppAccount(sut, firm.token, {
      clientId,
      variant: 'BUSINESS_PLATFORM',
      bspId,
      answers: COMPLIANT_PLATFORM_ANSWERS,
    });
    const [{ id: activityId }] = (
      await gql<{ applyProcessingTemplate: { id: string }[] }>(APPLY, {
        input: { templateId: 'builtin:whatsapp-platform:de', clientIds: [clientId] },
      })
    ).applyProcessingTemplate;
    const blank = (
      await gql<{ dpiaScreening: { result: string; questions: { criterion: string; met: boolean }[] } }>(
        SCREENING,
        { activityId },
      )
    ).dpiaScreening;
    expect(blank.result).toBe('NOT_SCREENED');
    expect(blank.questions).toHaveLength(9);
    expect(await dpiaFinding(clientId)).toBe('FAIL');

    const one = (
      await gql<{ saveDpiaScreening: { result: string } }>(SCREEN, {
        input: { activityId, criteria: ['LARGE_SCALE'] },
      })
    ).saveDpiaScreening;
    expect(one.result).toBe('NOT_REQUIRED');
    expect(await dpiaFinding(clientId)).toBe('PASS');

    const two = (
      await gql<{ saveDpiaScreening: { result: string; questions: { criterion: string; met: boolean }[] } }>(
        SCREEN,
        { input: { activityId, criteria: ['LARGE_SCALE', 'MATCHING_DATASETS'] } },
      )
    ).saveDpiaScreening;
    expect(two.result).toBe('REQUIRED');
    expect(two.questions.filter((q) => q.met).map((q) => q.criterion)).toEqual([
      'LARGE_SCALE',
      'MATCHING_DATASETS',
    ]);
    expect(await dpiaFinding(clientId)).toBe('FAIL');

    const saved = (
      await gql<{ saveDpia: { status: string; residualRisk: string; consultationRequired: boolean } }>(
        SAVE_DPIA,
        {
          input: {
            activityId,
            description: 'Kundenkommunikation über die Cloud API mit CRM-Abgleich',
            necessity: 'Erforderlich für den Kundenservice; Datenminimierung durch Löschfristen',
            risks: [
              {
                description: 'Offenlegung von Chatverläufen durch Fehlversand',
                likelihood: 3,
                severity: 3,
                measures: 'Vier-Augen-Prinzip bei Massenversand',
                residualLikelihood: 1,
                residualSeverity: 3,
              },
            ],
          },
        },
      )
    ).saveDpia;
    expect(saved).toEqual(
      expect.objectContaining({ status: 'DRAFT', residualRisk: 'LOW', consultationRequired: false }),
    );
    expect(await dpiaFinding(clientId)).toBe('FAIL');

    const admin = (await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId)).token;
    expect(code(await sut.gql(APPROVE_DPIA, { activityId }, { token: admin }))).toBe('FORBIDDEN');
    expect(code(await sut.gql(APPROVE_DPIA, { activityId }, { token: other.token }))).toBe('NOT_FOUND');
    expect(code(await sut.gql(SCREENING, { activityId }, { token: other.token }))).toBe('NOT_FOUND');
    expect(code(await sut.gql(SCREEN, { input: { activityId, criteria: [] } }, { token: other.token }))).toBe(
      'NOT_FOUND',
    );

    const approved = (
      await gql<{ approveDpia: { status: string; approvedAt: string | null; risks: { level: string }[] } }>(
        APPROVE_DPIA,
        { activityId },
      )
    ).approveDpia;
    expect(approved.status).toBe('APPROVED');
    expect(approved.approvedAt).not.toBeNull();
    expect(approved.risks.map((r) => r.level)).toEqual(['HIGH']);
    expect(await dpiaFinding(clientId)).toBe('PASS');
  });

  it('an entry of the authorities’ list alone makes the DPIA required; a high residual risk asks for consultation', async () => {
    const clientId = await createClient(sut, firm.token);
    const activityId = must(
      await sut.gql<{ createProcessingActivity: { id: string } }>(
        `mutation ($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { id } }`,
        { input: { clientId, record: { name: 'Videoüberwachung Verkaufsraum', retention: '72 Stunden' } } },
        { token: firm.token },
      ),
    ).createProcessingActivity.id;
    const screened = (
      await gql<{ saveDpiaScreening: { result: string } }>(SCREEN, {
        input: {
          activityId,
          criteria: [],
          authorityListEntry: 'Videoüberwachung öffentlich zugänglicher Bereiche',
        },
      })
    ).saveDpiaScreening;
    expect(screened.result).toBe('REQUIRED');
    const dpia = (
      await gql<{ saveDpia: { residualRisk: string; consultationRequired: boolean } }>(SAVE_DPIA, {
        input: {
          activityId,
          risks: [
            {
              description: 'Dauerüberwachung',
              likelihood: 4,
              severity: 3,
              residualLikelihood: 3,
              residualSeverity: 3,
            },
          ],
        },
      })
    ).saveDpia;
    expect(dpia).toEqual(expect.objectContaining({ residualRisk: 'HIGH', consultationRequired: true }));
    expect(
      code(
        await sut.gql(
          SAVE_DPIA,
          {
            input: {
              activityId,
              risks: [
                { description: 'x', likelihood: 5, severity: 1, residualLikelihood: 1, residualSeverity: 1 },
              ],
            },
          },
          { token: firm.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
