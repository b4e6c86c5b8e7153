import { Client } from 'pg';
import { createApiKey } from '../support/api-keys';
import { addMember, signUpFirm, type Firm } from '../support/factories';
import { scanForPlaintext, TEST_PHONES } from '../support/sensitive-values';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const FIELDS = `id clientId type channel receivedAt maskedPhoneNumber identityStatus federalState periodEndOn dueOn dueAt
  overdue extensionMonths extensionReason status respondedAt actions { action outcome detail }`;
const CREATE = `mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { ${FIELDS} } }`;
const EXTEND = `mutation ($id: ID!, $input: ExtendDataSubjectRequestInput!) { extendDataSubjectRequest(id: $id, input: $input) { ${FIELDS} } }`;
const CLOSE = `mutation ($id: ID!, $input: CloseDataSubjectRequestInput!) { closeDataSubjectRequest(id: $id, input: $input) { ${FIELDS} } }`;
const IDENTITY = `mutation ($id: ID!, $status: IdentityCheckStatus!) { setDataSubjectRequestIdentity(id: $id, status: $status) { identityStatus } }`;
const ACTION = `mutation ($id: ID!, $action: DataSubjectRequestAction!) { runDataSubjectRequestAction(id: $id, action: $action) {
  json action { action outcome detail } request { id } } }`;
const LIST = `query ($clientId: ID!, $filter: DataSubjectRequestFilter, $first: Int, $after: String) {
  dataSubjectRequests(clientId: $clientId, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;
const TASKS = `query ($clientId: ID!) { tasks(filter: { clientId: $clientId }) { edges { node { id title dueAt status source ruleId } } } }`;
const COMPLIANCE = `query ($id: ID!) { client(id: $id) { compliance { level findings { ruleId status } } } }`;
const PUBLISH = `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id purpose status } }`;
const HOLD = `mutation ($input: ConsentLegalHoldInput!) { setConsentLegalHold(input: $input) { legalHoldReason } }`;
const RECORDS = `query ($clientId: ID!, $phone: String!) { consentRecords(clientId: $clientId, filter: { phoneNumber: $phone }) {
  edges { node { purpose status } } } }`;
const VERIFY = `query { verifyAuditChain { valid checkedCount } }`;

type Dsr = {
  id: string;
  clientId: string;
  type: string;
  maskedPhoneNumber: string | null;
  identityStatus: string;
  federalState: string | null;
  periodEndOn: string;
  dueOn: string;
  dueAt: string;
  overdue: boolean;
  extensionMonths: number;
  extensionReason: string | null;
  status: string;
  respondedAt: string | null;
  actions: { action: string; outcome: string; detail: string }[];
};
type Task = {
  id: string;
  title: string;
  dueAt: string | null;
  status: string;
  source: string;
  ruleId: string | null;
};

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];

// Noon in Berlin on a calendar day in winter (UTC+1).
const winterNoon = (day: string): string => `${day}T11:00:00.000Z`;

describe('Data subject requests: deadlines, tasks, extension, actions on consent data', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;
  let bavaria: string;
  let hamburg: string;
  let berlin: string;
  let textId: string;

  const client = async (name: string, federalState: string | null): Promise<string> =>
    must(
      await sut.gql<{ createClient: { id: string } }>(
        `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
        { input: { name, federalState } },
        { token: firm.token },
      ),
    ).createClient.id;

  const create = async (input: Record<string, unknown>, token = firm.token): Promise<Dsr> =>
    must(await sut.gql<{ createDataSubjectRequest: Dsr }>(CREATE, { input }, { token }))
      .createDataSubjectRequest;

  const tasksOf = async (clientId: string): Promise<Task[]> =>
    must(
      await sut.gql<{ tasks: { edges: { node: Task }[] } }>(TASKS, { clientId }, { token: firm.token }),
    ).tasks.edges.map((e) => e.node);

  const verified = async (input: Record<string, unknown>): Promise<Dsr> => {
    const request = await create({
      identityStatus: 'VERIFIED',
      channel: 'EMAIL',
      receivedAt: new Date().toISOString(),
      ...input,
    });
    return request;
  };

  const act = (id: string, action: string, token = firm.token) =>
    sut.gql<{
      runDataSubjectRequestAction: {
        json: string | null;
        action: { action: string; outcome: string; detail: string };
      };
    }>(ACTION, { id, action }, { token });

  const consent = async (clientId: string, phone: string, purposes: string[]): Promise<void> => {
    must(
      await sut.gql(
        RECORD,
        {
          input: {
            clientId,
            phoneNumber: phone,
            purposes,
            consentTextVersionId: textId,
            source: 'PAPER',
            confirmedAt: new Date(Date.now() - 86_400_000).toISOString(),
          },
        },
        { token: firm.token },
      ),
    );
  };

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
    bavaria = await client('Metzgerei Huber (München)', 'BY');
    hamburg = await client('Fischhandel Jensen (Hamburg)', 'HH');
    berlin = await client('Späti Kaya (Berlin)', 'BE');
    textId = must(
      await sut.gql<{ publishConsentText: { id: string } }>(
        PUBLISH,
        {
          input: {
            clientId: berlin,
            language: 'de',
            purposes: ['MARKETING', 'SERVICE'],
            title: 'WhatsApp-Angebote',
            text: 'Ich willige ein, dass der Späti Kaya mir Angebote per WhatsApp sendet. Widerruf jederzeit möglich.',
          },
        },
        { token: firm.token },
      ),
    ).publishConsentText.id;
  });
  afterAll(() => sut.close());

  describe('due dates (Art. 12(3) DSGVO, Art. 3 Regulation 1182/71)', () => {
    it.each([
      // received (Berlin noon), client, period end, due day, end of the due day in Berlin (CET or CEST)
      ['2026-01-31', 'berlin', '2026-02-28', '2026-03-02', '2026-03-02T22:59:59.999Z'], // 28 Feb 2026: a Saturday
      ['2026-03-15', 'berlin', '2026-04-15', '2026-04-15', '2026-04-15T21:59:59.999Z'],
      ['2025-12-06', 'bavaria', '2026-01-06', '2026-01-07', '2026-01-07T22:59:59.999Z'], // Heilige Drei Könige
      ['2025-12-06', 'hamburg', '2026-01-06', '2026-01-06', '2026-01-06T22:59:59.999Z'], // … no holiday in Hamburg
    ])(
      'received %s by the %s client: period ends %s, due %s',
      async (received, which, periodEnd, due, dueAt) => {
        const clientId = { berlin, bavaria, hamburg }[which] as string;
        const sut_ = await create({
          clientId,
          type: 'ACCESS',
          channel: 'LETTER',
          receivedAt: winterNoon(received),
        });
        expect(sut_).toEqual(
          expect.objectContaining({
            periodEndOn: periodEnd,
            dueOn: due,
            status: 'OPEN',
            identityStatus: 'PENDING',
          }),
        );
        expect(sut_.federalState).toBe({ berlin: 'BE', bavaria: 'BY', hamburg: 'HH' }[which]);
        expect(sut_.dueAt).toBe(dueAt);
        const task = (await tasksOf(clientId)).find(
          (t) => t.source === 'DATA_SUBJECT_REQUEST' && t.dueAt === sut_.dueAt,
        );
        expect(task).toEqual(
          expect.objectContaining({
            status: 'OPEN',
            title: 'Betroffenenanfrage beantworten: Auskunft (Art. 15 DSGVO)',
          }),
        );
      },
    );

    it('refuses a receipt in the future and an invalid phone number', async () => {
      const future = await sut.gql(
        CREATE,
        {
          input: {
            clientId: berlin,
            type: 'ACCESS',
            channel: 'EMAIL',
            receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
        { token: firm.token },
      );
      expect(code(future)).toBe('BAD_USER_INPUT');
      const phone = await sut.gql(
        CREATE,
        {
          input: {
            clientId: berlin,
            type: 'ACCESS',
            channel: 'EMAIL',
            receivedAt: new Date().toISOString(),
            phoneNumber: 'abc',
          },
        },
        { token: firm.token },
      );
      expect(code(phone)).toBe('BAD_USER_INPUT');
    });
  });

  it('extends by two months with a reason within the first month, moves the task, and refuses it afterwards', async () => {
    const received = new Date(Date.now() - 3 * 86_400_000);
    const request = await create({
      clientId: berlin,
      type: 'ERASURE',
      channel: 'EMAIL',
      receivedAt: received.toISOString(),
    });
    const noReason = await sut.gql(
      EXTEND,
      { id: request.id, input: { months: 2, reason: '' } },
      { token: firm.token },
    );
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    const tooLong = await sut.gql(
      EXTEND,
      { id: request.id, input: { months: 3, reason: 'Viele Anfragen' } },
      { token: firm.token },
    );
    expect(code(tooLong)).toBe('BAD_USER_INPUT');

    const extended = must(
      await sut.gql<{ extendDataSubjectRequest: Dsr }>(
        EXTEND,
        { id: request.id, input: { months: 2, reason: 'Umfangreiche Archivsuche in drei Filialen' } },
        { token: firm.token },
      ),
    ).extendDataSubjectRequest;
    expect(extended).toEqual(
      expect.objectContaining({
        status: 'EXTENDED',
        extensionMonths: 2,
        extensionReason: 'Umfangreiche Archivsuche in drei Filialen',
      }),
    );
    // Three months from the Berlin day of receipt, to the next working day.
    expect(extended.periodEndOn > request.periodEndOn).toBe(true);
    const monthsApart =
      Number(extended.periodEndOn.slice(0, 4)) * 12 +
      Number(extended.periodEndOn.slice(5, 7)) -
      (Number(request.periodEndOn.slice(0, 4)) * 12 + Number(request.periodEndOn.slice(5, 7)));
    expect(monthsApart).toBe(2);
    const task = (await tasksOf(berlin)).find((t) => t.dueAt === extended.dueAt);
    expect(task?.source).toBe('DATA_SUBJECT_REQUEST');
    expect((await tasksOf(berlin)).some((t) => t.dueAt === request.dueAt && t.status === 'OPEN')).toBe(false);

    const again = await sut.gql(
      EXTEND,
      { id: request.id, input: { months: 1, reason: 'Noch einmal' } },
      { token: firm.token },
    );
    expect(code(again)).toBe('BAD_USER_INPUT');

    const late = await create({
      clientId: berlin,
      type: 'ACCESS',
      channel: 'EMAIL',
      receivedAt: winterNoon('2026-01-05'),
    });
    const tooLate = await sut.gql(
      EXTEND,
      { id: late.id, input: { months: 2, reason: 'Zu spät' } },
      { token: firm.token },
    );
    expect(code(tooLate)).toBe('CONFLICT');
  });

  it('an overdue request fails DSR-OVERDUE with one task; closing the requests passes it again', async () => {
    const clientId = await client('Bäckerei Overdue', 'NW');
    const before = must(
      await sut.gql<{ client: { compliance: { findings: { ruleId: string; status: string }[] } } }>(
        COMPLIANCE,
        { id: clientId },
        { token: firm.token },
      ),
    );
    expect(before.client.compliance.findings.find((f) => f.ruleId === 'DSR-OVERDUE')?.status).toBe(
      'NOT_APPLICABLE',
    );

    const first = await create({
      clientId,
      type: 'ACCESS',
      channel: 'LETTER',
      receivedAt: winterNoon('2026-01-05'),
    });
    const second = await create({
      clientId,
      type: 'OBJECTION',
      channel: 'EMAIL',
      receivedAt: winterNoon('2026-02-02'),
    });
    expect(first.overdue && second.overdue).toBe(true);

    const failing = must(
      await sut.gql<{ client: { compliance: { findings: { ruleId: string; status: string }[] } } }>(
        COMPLIANCE,
        { id: clientId },
        { token: firm.token },
      ),
    );
    expect(failing.client.compliance.findings.find((f) => f.ruleId === 'DSR-OVERDUE')?.status).toBe('FAIL');
    const ruleTasks = (await tasksOf(clientId)).filter((t) => t.ruleId === 'DSR-OVERDUE');
    expect(ruleTasks).toHaveLength(1);
    expect(ruleTasks[0].status).toBe('OPEN');
    expect((await tasksOf(clientId)).filter((t) => t.source === 'DATA_SUBJECT_REQUEST')).toHaveLength(2);

    const closed = must(
      await sut.gql<{ closeDataSubjectRequest: Dsr }>(
        CLOSE,
        { id: first.id, input: { outcome: 'COMPLETED', note: 'Auskunft per Brief' } },
        { token: firm.token },
      ),
    ).closeDataSubjectRequest;
    expect(closed).toEqual(expect.objectContaining({ status: 'COMPLETED', overdue: false }));
    expect(closed.respondedAt).not.toBeNull();
    const closeAgain = await sut.gql(
      CLOSE,
      { id: first.id, input: { outcome: 'REJECTED' } },
      { token: firm.token },
    );
    expect(code(closeAgain)).toBe('CONFLICT');
    // One overdue request is left: the finding still fails.
    const stillFailing = must(
      await sut.gql<{ client: { compliance: { findings: { ruleId: string; status: string }[] } } }>(
        COMPLIANCE,
        { id: clientId },
        { token: firm.token },
      ),
    );
    expect(stillFailing.client.compliance.findings.find((f) => f.ruleId === 'DSR-OVERDUE')?.status).toBe(
      'FAIL',
    );

    must(
      await sut.gql(
        CLOSE,
        { id: second.id, input: { outcome: 'REJECTED', note: 'Kein Widerspruchsrecht' } },
        { token: firm.token },
      ),
    );
    const passing = must(
      await sut.gql<{ client: { compliance: { findings: { ruleId: string; status: string }[] } } }>(
        COMPLIANCE,
        { id: clientId },
        { token: firm.token },
      ),
    );
    expect(passing.client.compliance.findings.find((f) => f.ruleId === 'DSR-OVERDUE')?.status).toBe('PASS');
    const tasks = await tasksOf(clientId);
    expect(tasks.filter((t) => t.ruleId === 'DSR-OVERDUE').map((t) => t.status)).toEqual(['DONE']);
    expect(tasks.filter((t) => t.source === 'DATA_SUBJECT_REQUEST').map((t) => t.status)).toEqual([
      'DONE',
      'DONE',
    ]);
  });

  it('the hourly job fails DSR-OVERDUE once a deadline passes without any change to the request', async () => {
    const clientId = await client('Getränke Vogel', 'TH');
    const request = await create({
      clientId,
      type: 'ACCESS',
      channel: 'EMAIL',
      receivedAt: new Date().toISOString(),
    });
    // The stored level and the rule's task change on re-evaluation; the findings are evaluated when read.
    const level = async (): Promise<string> =>
      must(
        await sut.gql<{ client: { compliance: { level: string } } }>(
          COMPLIANCE,
          { id: clientId },
          { token: firm.token },
        ),
      ).client.compliance.level;
    const ruleTasks = async (): Promise<number> =>
      (await tasksOf(clientId)).filter((t) => t.ruleId === 'DSR-OVERDUE').length;
    expect(await level()).toBe('GREEN');
    // A month later: the deadline has passed (moved back in the database, as time would).
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      await db.query(`UPDATE data_subject_request SET due_at = now() - interval '1 minute' WHERE id = $1`, [
        request.id,
      ]);
    } finally {
      await db.end();
    }
    expect({ level: await level(), tasks: await ruleTasks() }).toEqual({ level: 'GREEN', tasks: 0 });
    const { JobsService } = await import('@klarsicht/api-core');
    await sut.app.get(JobsService).runNow('data-subject-requests-overdue');
    expect({ level: await level(), tasks: await ruleTasks() }).toEqual({ level: 'AMBER', tasks: 1 });
  });

  it("lists a client's requests soonest due first, in pages, filtered by status", async () => {
    const clientId = await client('Blumen Lindner', 'SN');
    const march = await create({
      clientId,
      type: 'ACCESS',
      channel: 'EMAIL',
      receivedAt: winterNoon('2026-02-10'),
    });
    const feb = await create({
      clientId,
      type: 'ERASURE',
      channel: 'EMAIL',
      receivedAt: winterNoon('2026-01-12'),
    });
    const page1 = must(
      await sut.gql<{
        dataSubjectRequests: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: Dsr }[];
        };
      }>(LIST, { clientId, first: 1 }, { token: firm.token }),
    ).dataSubjectRequests;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges.map((e) => e.node.id)).toEqual([feb.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = must(
      await sut.gql<{ dataSubjectRequests: { edges: { node: Dsr }[] } }>(
        LIST,
        { clientId, first: 1, after: page1.pageInfo.endCursor },
        { token: firm.token },
      ),
    ).dataSubjectRequests;
    expect(page2.edges.map((e) => e.node.id)).toEqual([march.id]);
    const closedOnly = must(
      await sut.gql<{ dataSubjectRequests: { totalCount: number } }>(
        LIST,
        { clientId, filter: { status: ['COMPLETED'] } },
        { token: firm.token },
      ),
    ).dataSubjectRequests;
    expect(closedOnly.totalCount).toBe(0);
  });

  describe('actions on the consent data', () => {
    beforeAll(async () => {
      await consent(berlin, TEST_PHONES.dsrAnna, ['MARKETING', 'SERVICE']);
      await consent(berlin, TEST_PHONES.dsrBen, ['MARKETING']);
      await consent(berlin, TEST_PHONES.dsrHold, ['SERVICE']);
      await consent(berlin, TEST_PHONES.dsrObjector, ['MARKETING', 'SERVICE']);
    });

    it("ACCESS exports exactly that person's records and events, and is recorded on the request", async () => {
      const request = await verified({ clientId: berlin, type: 'ACCESS', phoneNumber: TEST_PHONES.dsrAnna });
      expect(request.maskedPhoneNumber).toMatch(/^\+49 151 •+794$/);
      const result = must(await act(request.id, 'EXPORT_CONSENT_DATA')).runDataSubjectRequestAction;
      expect(result.action.outcome).toBe('DONE');
      const json = JSON.parse(result.json ?? 'null') as {
        phoneNumber: string;
        subjectId: string;
        records: { purpose: string; subjectId: string }[];
        events: { type: string; purpose: string }[];
        textVersions: { id: string }[];
      };
      expect(json.phoneNumber).toBe(TEST_PHONES.dsrAnna.replace(/\s/g, ''));
      expect(json.records.map((r) => r.purpose).sort()).toEqual(['MARKETING', 'SERVICE']);
      expect(json.records.every((r) => r.subjectId === json.subjectId)).toBe(true);
      expect(json.events.map((e) => `${e.type}:${e.purpose}`).sort()).toEqual([
        'CONFIRMED:MARKETING',
        'CONFIRMED:SERVICE',
      ]);
      expect(json.textVersions.map((t) => t.id)).toEqual([textId]);
      // Nobody else's number in it.
      for (const other of [TEST_PHONES.dsrBen, TEST_PHONES.dsrHold, TEST_PHONES.dsrObjector])
        expect(result.json).not.toContain(other.replace(/\D/g, '').slice(2));

      const listed = must(
        await sut.gql<{ dataSubjectRequests: { edges: { node: Dsr }[] } }>(
          LIST,
          { clientId: berlin },
          { token: firm.token },
        ),
      );
      const node = listed.dataSubjectRequests.edges.find((e) => e.node.id === request.id)?.node;
      expect(node?.actions).toEqual([
        expect.objectContaining({ action: 'EXPORT_CONSENT_DATA', outcome: 'DONE' }),
      ]);
    });

    it('refuses actions before the identity is verified, and actions that do not fit the type', async () => {
      const request = await create({
        clientId: berlin,
        type: 'ACCESS',
        channel: 'EMAIL',
        receivedAt: new Date().toISOString(),
        phoneNumber: TEST_PHONES.dsrAnna,
      });
      expect(code(await act(request.id, 'EXPORT_CONSENT_DATA'))).toBe('CONFLICT');
      must(await sut.gql(IDENTITY, { id: request.id, status: 'VERIFIED' }, { token: firm.token }));
      expect(code(await act(request.id, 'ERASE_CONSENT_DATA'))).toBe('CONFLICT');
      expect(
        must(await act(request.id, 'EXPORT_CONSENT_DATA')).runDataSubjectRequestAction.action.outcome,
      ).toBe('DONE');
    });

    it('ACCESS for a number without consent data records NO_DATA', async () => {
      const request = await verified({ clientId: hamburg, type: 'ACCESS', phoneNumber: TEST_PHONES.dsrAnna });
      const result = must(await act(request.id, 'EXPORT_CONSENT_DATA')).runDataSubjectRequestAction;
      expect(result).toEqual({
        json: null,
        action: expect.objectContaining({ outcome: 'NO_DATA' }),
        request: { id: request.id },
      });
    });

    it('ERASURE erases the identifiers, and the audit chain still verifies', async () => {
      const request = await verified({ clientId: berlin, type: 'ERASURE', phoneNumber: TEST_PHONES.dsrBen });
      const result = must(await act(request.id, 'ERASE_CONSENT_DATA')).runDataSubjectRequestAction;
      expect(result.action).toEqual(
        expect.objectContaining({ action: 'ERASE_CONSENT_DATA', outcome: 'DONE' }),
      );
      const records = must(
        await sut.gql<{ consentRecords: { edges: unknown[] } }>(
          RECORDS,
          { clientId: berlin, phone: TEST_PHONES.dsrBen },
          { token: firm.token },
        ),
      );
      expect(records.consentRecords.edges).toEqual([]);
      // Erased once: a second run finds nobody.
      expect(
        must(await act(request.id, 'ERASE_CONSENT_DATA')).runDataSubjectRequestAction.action.outcome,
      ).toBe('NO_DATA');
      const chain = must(
        await sut.gql<{ verifyAuditChain: { valid: boolean; checkedCount: number } }>(
          VERIFY,
          {},
          { token: firm.token },
        ),
      );
      expect(chain.verifyAuditChain.valid).toBe(true);
      const db = new Client({ connectionString: sut.ownerUrl });
      await db.connect();
      try {
        const { rows } = await db.query<{ action: string }>(
          `SELECT action FROM audit_event WHERE tenant_id = $1 AND entity_id = $2 ORDER BY seq`,
          [firm.tenantId, request.id],
        );
        expect(rows.map((r) => r.action)).toEqual([
          'data_subject_request.created',
          'data_subject_request.action_run',
          'data_subject_request.action_run',
        ]);
      } finally {
        await db.end();
      }
    });

    it('a legal hold blocks the erasure and the request records why', async () => {
      must(
        await sut.gql(
          HOLD,
          {
            input: {
              clientId: berlin,
              phoneNumber: TEST_PHONES.dsrHold,
              reason: 'Laufendes Gerichtsverfahren 3 O 12/26',
            },
          },
          { token: firm.token },
        ),
      );
      const request = await verified({ clientId: berlin, type: 'ERASURE', phoneNumber: TEST_PHONES.dsrHold });
      const result = must(await act(request.id, 'ERASE_CONSENT_DATA')).runDataSubjectRequestAction;
      expect(result.action.outcome).toBe('BLOCKED');
      expect(result.action.detail).toContain('Laufendes Gerichtsverfahren 3 O 12/26');
      const records = must(
        await sut.gql<{ consentRecords: { edges: { node: { purpose: string } }[] } }>(
          RECORDS,
          { clientId: berlin, phone: TEST_PHONES.dsrHold },
          { token: firm.token },
        ),
      );
      expect(records.consentRecords.edges.map((e) => e.node.purpose)).toEqual(['SERVICE']);
      const listed = must(
        await sut.gql<{ dataSubjectRequests: { edges: { node: Dsr }[] } }>(
          LIST,
          { clientId: berlin, filter: { type: ['ERASURE'] } },
          { token: firm.token },
        ),
      );
      expect(listed.dataSubjectRequests.edges.find((e) => e.node.id === request.id)?.node.actions).toEqual([
        expect.objectContaining({ outcome: 'BLOCKED', detail: expect.stringContaining('Gerichtsverfahren') }),
      ]);
    });

    it('OBJECTION withdraws the MARKETING consent only', async () => {
      const request = await verified({
        clientId: berlin,
        type: 'OBJECTION',
        phoneNumber: TEST_PHONES.dsrObjector,
      });
      expect(
        must(await act(request.id, 'WITHDRAW_MARKETING')).runDataSubjectRequestAction.action.outcome,
      ).toBe('DONE');
      const records = must(
        await sut.gql<{ consentRecords: { edges: { node: { purpose: string; status: string } }[] } }>(
          RECORDS,
          { clientId: berlin, phone: TEST_PHONES.dsrObjector },
          { token: firm.token },
        ),
      );
      expect(
        Object.fromEntries(records.consentRecords.edges.map((e) => [e.node.purpose, e.node.status])),
      ).toEqual({
        MARKETING: 'WITHDRAWN',
        SERVICE: 'CONFIRMED',
      });
    });
  });

  describe('access', () => {
    it('another firm gets NOT_FOUND for the list, the request and its actions', async () => {
      const request = await verified({ clientId: berlin, type: 'ACCESS', phoneNumber: TEST_PHONES.dsrAnna });
      expect(code(await sut.gql(LIST, { clientId: berlin }, { token: other.token }))).toBe('NOT_FOUND');
      expect(
        code(
          await sut.gql(
            `query ($id: ID!) { dataSubjectRequest(id: $id) { id } }`,
            { id: request.id },
            { token: other.token },
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(code(await act(request.id, 'EXPORT_CONSENT_DATA', other.token))).toBe('NOT_FOUND');
      expect(
        code(
          await sut.gql(CLOSE, { id: request.id, input: { outcome: 'REJECTED' } }, { token: other.token }),
        ),
      ).toBe('NOT_FOUND');
      expect(
        code(
          await sut.gql(
            CREATE,
            {
              input: {
                clientId: berlin,
                type: 'ACCESS',
                channel: 'EMAIL',
                receivedAt: new Date().toISOString(),
              },
            },
            { token: other.token },
          ),
        ),
      ).toBe('NOT_FOUND');
    });

    it('a client admin logs requests for their own client only; a viewer only reads', async () => {
      const admin = (await addMember(sut, firm.token, 'CLIENT_ADMIN', hamburg)).token;
      const viewer = (await addMember(sut, firm.token, 'CLIENT_VIEWER', hamburg)).token;
      const own = await create(
        { clientId: hamburg, type: 'RECTIFICATION', channel: 'PHONE', receivedAt: new Date().toISOString() },
        admin,
      );
      expect(own.clientId).toBe(hamburg);
      expect(
        code(
          await sut.gql(
            CREATE,
            {
              input: {
                clientId: berlin,
                type: 'ACCESS',
                channel: 'EMAIL',
                receivedAt: new Date().toISOString(),
              },
            },
            { token: admin },
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(code(await sut.gql(LIST, { clientId: berlin }, { token: admin }))).toBe('NOT_FOUND');
      const listed = must(
        await sut.gql<{ dataSubjectRequests: { edges: { node: Dsr }[] } }>(
          LIST,
          { clientId: hamburg },
          { token: viewer },
        ),
      );
      expect(listed.dataSubjectRequests.edges.some((e) => e.node.id === own.id)).toBe(true);
      expect(
        code(
          await sut.gql(
            CREATE,
            {
              input: {
                clientId: hamburg,
                type: 'ACCESS',
                channel: 'EMAIL',
                receivedAt: new Date().toISOString(),
              },
            },
            { token: viewer },
          ),
        ),
      ).toBe('FORBIDDEN');
    });

    it('an API key with requests:write forwards a request; one without the scope cannot', async () => {
      const key = await createApiKey(sut, firm.token, { scopes: ['REQUESTS_WRITE'], clientId: berlin });
      const forwarded = must(
        await sut.gql<{ createDataSubjectRequest: Dsr }>(
          CREATE,
          {
            input: {
              clientId: berlin,
              type: 'ERASURE',
              channel: 'API',
              receivedAt: new Date().toISOString(),
              phoneNumber: TEST_PHONES.dsrAnna,
            },
          },
          { token: key.secret },
        ),
      ).createDataSubjectRequest;
      expect(forwarded).toEqual(
        expect.objectContaining({ channel: 'API', status: 'OPEN', identityStatus: 'PENDING' }),
      );
      const bound = await sut.gql(
        CREATE,
        {
          input: { clientId: hamburg, type: 'ERASURE', channel: 'API', receivedAt: new Date().toISOString() },
        },
        { token: key.secret },
      );
      expect(code(bound)).toBe('NOT_FOUND');
      const consentsOnly = await createApiKey(sut, firm.token, { scopes: ['CONSENTS_WRITE'] });
      expect(
        code(
          await sut.gql(
            CREATE,
            {
              input: {
                clientId: berlin,
                type: 'ACCESS',
                channel: 'API',
                receivedAt: new Date().toISOString(),
              },
            },
            { token: consentsOnly.secret },
          ),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  it('lists the firm-wide requests without a clientId, soonest due first, with the client names', async () => {
    const ALL = `query ($filter: DataSubjectRequestFilter) { dataSubjectRequests(first: 5000, filter: $filter) {
      totalCount edges { node { id clientId clientName dueAt status } } } }`;
    type Node = { id: string; clientId: string; clientName: string; dueAt: string; status: string };
    const mine = must(
      await sut.gql<{ dataSubjectRequests: { totalCount: number; edges: { node: Node }[] } }>(
        ALL,
        { filter: { status: ['OPEN', 'EXTENDED'] } },
        { token: firm.token },
      ),
    ).dataSubjectRequests;
    const nodes = mine.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.clientId)).size).toBeGreaterThan(2);
    expect(nodes.every((n) => n.status === 'OPEN' || n.status === 'EXTENDED')).toBe(true);
    expect(nodes.map((n) => n.dueAt)).toEqual([...nodes.map((n) => n.dueAt)].sort());
    expect(nodes.find((n) => n.clientId === berlin)?.clientName).toBe('Späti Kaya (Berlin)');
    const theirs = must(
      await sut.gql<{ dataSubjectRequests: { totalCount: number } }>(ALL, {}, { token: other.token }),
    ).dataSubjectRequests;
    expect(theirs.totalCount).toBe(0);
  });

  it('stores no phone number in clear', async () => {
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      const needles = [
        TEST_PHONES.dsrAnna,
        TEST_PHONES.dsrBen,
        TEST_PHONES.dsrHold,
        TEST_PHONES.dsrObjector,
      ].map((p) => p.replace(/\D/g, ''));
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM data_subject_request WHERE tenant_id = $1 AND phone_encrypted IS NOT NULL`,
        [firm.tenantId],
      );
      expect(rows[0].n).toBeGreaterThan(5);
      const leaks = await scanForPlaintext(db, needles);
      expect(leaks).toEqual([]);
    } finally {
      await db.end();
    }
  });
});
