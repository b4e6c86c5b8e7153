import { Client } from 'pg';
import { addMember, signUpFirm, type Firm } from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const FIELDS = `id clientId title discoveredAt risk notificationRequired notificationDeadline minutesRemaining overdue
  authority { code shortName name city reportingUrl } notifiedAt notificationReference lateReason
  subjectsCommunicationRequired notificationDraft`;
const REPORT = `mutation ($input: ReportBreachInput!) { reportBreach(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: BreachDetailsInput!) { updateBreach(id: $id, input: $input) { ${FIELDS} } }`;
const NOTIFIED = `mutation ($id: ID!, $input: MarkBreachNotifiedInput!) { markBreachNotified(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query ($clientId: ID!, $first: Int, $after: String) { breaches(clientId: $clientId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;
const COMPLIANCE = `query ($id: ID!) { client(id: $id) { compliance { level findings { ruleId status } } } }`;
const TASKS = `query ($clientId: ID!) { tasks(filter: { clientId: $clientId }) { edges { node { title dueAt status source ruleId } } } }`;

type Breach = {
  id: string;
  discoveredAt: string;
  risk: string;
  notificationRequired: boolean;
  notificationDeadline: string;
  minutesRemaining: number;
  overdue: boolean;
  authority: { code: string; shortName: string; name: string; city: string; reportingUrl: string } | null;
  notifiedAt: string | null;
  notificationReference: string | null;
  lateReason: string | null;
  subjectsCommunicationRequired: boolean;
  notificationDraft: string;
};
type Task = { title: string; dueAt: string | null; status: string; source: string; ruleId: string | null };

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];
const HOUR = 3_600_000;

describe('Breach register: the 72-hour clock, the competent authority, RED until notified', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;

  const client = async (name: string, federalState: string | null): Promise<string> =>
    must(
      await sut.gql<{ createClient: { id: string } }>(
        `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
        { input: { name, federalState } },
        { token: firm.token },
      ),
    ).createClient.id;
  const report = async (input: Record<string, unknown>): Promise<Breach> =>
    must(await sut.gql<{ reportBreach: Breach }>(REPORT, { input }, { token: firm.token })).reportBreach;
  const compliance = async (id: string): Promise<{ level: string; status: string | undefined }> => {
    const c = must(
      await sut.gql<{
        client: { compliance: { level: string; findings: { ruleId: string; status: string }[] } };
      }>(COMPLIANCE, { id }, { token: firm.token }),
    ).client.compliance;
    return { level: c.level, status: c.findings.find((f) => f.ruleId === 'BREACH-NOT-NOTIFIED')?.status };
  };
  const tasksOf = async (clientId: string): Promise<Task[]> =>
    must(
      await sut.gql<{ tasks: { edges: { node: Task }[] } }>(TASKS, { clientId }, { token: firm.token }),
    ).tasks.edges.map((e) => e.node);

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
  });
  afterAll(() => sut.close());

  it.each([
    ['BY', 'BayLDA', 'Ansbach'],
    ['HH', 'HmbBfDI', 'Hamburg'],
  ])('a client in %s gets the %s as its authority, in the draft too', async (state, shortName, city) => {
    const clientId = await client(`Autohaus ${state}`, state);
    const breach = await report({
      clientId,
      title: 'Fehlversand einer Kundenliste',
      discoveredAt: new Date().toISOString(),
      risk: 'RISK',
      dataCategories: ['Namen', 'Telefonnummern'],
      approxSubjects: 40,
    });
    expect(breach.authority).toEqual(expect.objectContaining({ code: state, shortName, city }));
    expect(breach.notificationDraft).toContain(`An: ${breach.authority?.name}`);
    expect(breach.notificationDraft).toContain('Ungefähre Zahl betroffener Personen: ca. 40');
    expect(breach.notificationDraft).toContain('Art. 33 Abs. 3 lit. d DSGVO');
  });

  it('counts 72 hours from awareness to the minute and opens a task due then', async () => {
    const clientId = await client('Friseur Lenz', 'BE');
    const discoveredAt = new Date(Date.now() - 2 * HOUR);
    discoveredAt.setUTCSeconds(0, 0);
    const breach = await report({
      clientId,
      title: 'Laptop verloren',
      discoveredAt: discoveredAt.toISOString(),
      risk: 'RISK',
    });
    expect(breach.notificationDeadline).toBe(new Date(discoveredAt.getTime() + 72 * HOUR).toISOString());
    expect(breach.minutesRemaining).toBeGreaterThanOrEqual(70 * 60 - 2);
    expect(breach.minutesRemaining).toBeLessThanOrEqual(70 * 60);
    expect(breach).toEqual(
      expect.objectContaining({
        notificationRequired: true,
        overdue: false,
        subjectsCommunicationRequired: false,
      }),
    );
    expect(await compliance(clientId)).toEqual({ level: 'GREEN', status: 'PASS' });
    const tasks = await tasksOf(clientId);
    expect(tasks).toEqual([
      expect.objectContaining({
        source: 'BREACH',
        status: 'OPEN',
        dueAt: breach.notificationDeadline,
        title: 'Datenpanne melden (Art. 33 DSGVO): Laptop verloren',
      }),
    ]);

    // Judged to carry no risk after all: documented only, the task closes.
    const noRisk = must(
      await sut.gql<{ updateBreach: Breach }>(
        UPDATE,
        { id: breach.id, input: { risk: 'NO_RISK' } },
        { token: firm.token },
      ),
    ).updateBreach;
    expect(noRisk.notificationRequired).toBe(false);
    expect((await tasksOf(clientId)).map((t) => t.status)).toEqual(['DONE']);
    expect((await compliance(clientId)).status).toBe('NOT_APPLICABLE');
  });

  it('a HIGH_RISK breach 73 hours old without notification makes the client RED until it is notified with reasons', async () => {
    const clientId = await client('Zahnarztpraxis Dr. Roth', 'NW');
    const breach = await report({
      clientId,
      title: 'Ransomware auf dem Praxisrechner',
      discoveredAt: new Date(Date.now() - 73 * HOUR).toISOString(),
      risk: 'HIGH_RISK',
      subjectCategories: ['Patientinnen und Patienten'],
    });
    expect(breach).toEqual(expect.objectContaining({ overdue: true, subjectsCommunicationRequired: true }));
    expect(breach.minutesRemaining).toBeLessThanOrEqual(-60);
    expect(breach.minutesRemaining).toBeGreaterThanOrEqual(-61);
    expect(breach.notificationDraft).toContain('(Begründung erforderlich');
    expect(await compliance(clientId)).toEqual({ level: 'RED', status: 'FAIL' });
    const tasks = await tasksOf(clientId);
    expect(tasks.filter((t) => t.ruleId === 'BREACH-NOT-NOTIFIED')).toHaveLength(1);
    expect(tasks.filter((t) => t.source === 'BREACH')).toHaveLength(1);

    const withoutReason = await sut.gql(
      NOTIFIED,
      { id: breach.id, input: { reference: 'LDI-2026-0815' } },
      { token: firm.token },
    );
    expect(code(withoutReason)).toBe('BAD_USER_INPUT');
    const notified = must(
      await sut.gql<{ markBreachNotified: Breach }>(
        NOTIFIED,
        {
          id: breach.id,
          input: { reference: 'LDI-2026-0815', lateReason: 'Der Umfang war erst nach der Forensik bekannt.' },
        },
        { token: firm.token },
      ),
    ).markBreachNotified;
    expect(notified).toEqual(
      expect.objectContaining({
        overdue: false,
        notificationReference: 'LDI-2026-0815',
        lateReason: 'Der Umfang war erst nach der Forensik bekannt.',
      }),
    );
    expect(notified.notifiedAt).not.toBeNull();
    expect(await compliance(clientId)).toEqual({ level: 'GREEN', status: 'PASS' });
    expect((await tasksOf(clientId)).map((t) => t.status)).toEqual(['DONE', 'DONE']);
    expect(code(await sut.gql(NOTIFIED, { id: breach.id, input: {} }, { token: firm.token }))).toBe(
      'CONFLICT',
    );
  });

  it('the 5-minute job turns the client RED once 72 hours pass without notification', async () => {
    const clientId = await client('Hotel Seeblick', 'MV');
    const breach = await report({
      clientId,
      title: 'Gästeliste offen',
      discoveredAt: new Date().toISOString(),
      risk: 'RISK',
    });
    expect(await compliance(clientId)).toEqual({ level: 'GREEN', status: 'PASS' });
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      await db.query(`UPDATE breach SET discovered_at = now() - interval '72 hours 1 minute' WHERE id = $1`, [
        breach.id,
      ]);
    } finally {
      await db.end();
    }
    // The stored level changes on re-evaluation only: the job's work.
    expect((await compliance(clientId)).level).toBe('GREEN');
    const { JobsService } = await import('@klarsicht/api-core');
    await sut.app.get(JobsService).runNow('breaches-late');
    expect(await compliance(clientId)).toEqual({ level: 'RED', status: 'FAIL' });
  });

  it('keeps every breach documented, newest first, in pages', async () => {
    const clientId = await client('Kanzlei Brandt', 'HE');
    const older = await report({
      clientId,
      title: 'USB-Stick verloren',
      discoveredAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      risk: 'NO_RISK',
    });
    const newer = await report({
      clientId,
      title: 'E-Mail an falschen Empfänger',
      discoveredAt: new Date(Date.now() - HOUR).toISOString(),
      risk: 'NO_RISK',
    });
    const page1 = must(
      await sut.gql<{
        breaches: {
          totalCount: number;
          pageInfo: { endCursor: string; hasNextPage: boolean };
          edges: { node: { id: string } }[];
        };
      }>(LIST, { clientId, first: 1 }, { token: firm.token }),
    ).breaches;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges.map((e) => e.node.id)).toEqual([newer.id]);
    const page2 = must(
      await sut.gql<{ breaches: { edges: { node: { id: string } }[] } }>(
        LIST,
        { clientId, first: 1, after: page1.pageInfo.endCursor },
        { token: firm.token },
      ),
    ).breaches;
    expect(page2.edges.map((e) => e.node.id)).toEqual([older.id]);
    expect((await compliance(clientId)).status).toBe('NOT_APPLICABLE');
  });

  it('refuses a future awareness and an unknown authority; lists the 17 authorities', async () => {
    const clientId = await client('Café Sommer', null);
    expect(
      code(
        await sut.gql(
          REPORT,
          {
            input: {
              clientId,
              title: 'x',
              discoveredAt: new Date(Date.now() + HOUR).toISOString(),
              risk: 'RISK',
            },
          },
          { token: firm.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        await sut.gql(
          REPORT,
          {
            input: {
              clientId,
              title: 'x',
              discoveredAt: new Date().toISOString(),
              risk: 'RISK',
              authorityCode: 'XX',
            },
          },
          { token: firm.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const noState = await report({
      clientId,
      title: 'Kassensystem offen im Netz',
      discoveredAt: new Date().toISOString(),
      risk: 'RISK',
    });
    expect(noState.authority).toBeNull();
    const bund = must(
      await sut.gql<{ updateBreach: Breach }>(
        UPDATE,
        { id: noState.id, input: { authorityCode: 'BUND' } },
        { token: firm.token },
      ),
    ).updateBreach;
    expect(bund.authority?.shortName).toBe('BfDI');
    const all = must(
      await sut.gql<{ supervisoryAuthorities: { code: string }[] }>(
        `query { supervisoryAuthorities { code } }`,
        {},
        { token: firm.token },
      ),
    );
    expect(all.supervisoryAuthorities).toHaveLength(17);
  });

  it('another firm gets NOT_FOUND; a client viewer reads but does not report', async () => {
    const clientId = await client('Optiker Weiß', 'SN');
    const breach = await report({
      clientId,
      title: 'Brief an falsche Adresse',
      discoveredAt: new Date().toISOString(),
      risk: 'RISK',
    });
    expect(code(await sut.gql(LIST, { clientId }, { token: other.token }))).toBe('NOT_FOUND');
    expect(
      code(
        await sut.gql(
          `query ($id: ID!) { breach(id: $id) { id } }`,
          { id: breach.id },
          { token: other.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(code(await sut.gql(NOTIFIED, { id: breach.id, input: {} }, { token: other.token }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(await sut.gql(UPDATE, { id: breach.id, input: { risk: 'NO_RISK' } }, { token: other.token })),
    ).toBe('NOT_FOUND');
    const viewer = (await addMember(sut, firm.token, 'CLIENT_VIEWER', clientId)).token;
    const listed = must(
      await sut.gql<{ breaches: { totalCount: number } }>(LIST, { clientId }, { token: viewer }),
    ).breaches;
    expect(listed.totalCount).toBe(1);
    expect(
      code(
        await sut.gql(
          REPORT,
          { input: { clientId, title: 'x', discoveredAt: new Date().toISOString(), risk: 'RISK' } },
          { token: viewer },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it("gives the portfolio each client's earliest running breach clock, gone once notified", async () => {
    const clientId = await client('Reisebüro Sonne', 'RP');
    const quiet = await client('Reisebüro Mond', 'RP');
    const CLIENTS = `query { clients(first: 5000) { edges { node { id breachDeadline } } } }`;
    const deadlines = async (): Promise<Map<string, string | null>> =>
      new Map(
        must(
          await sut.gql<{ clients: { edges: { node: { id: string; breachDeadline: string | null } }[] } }>(
            CLIENTS,
            {},
            { token: firm.token },
          ),
        ).clients.edges.map((e) => [e.node.id, e.node.breachDeadline]),
      );
    const later = await report({
      clientId,
      title: 'Zweiter Vorfall',
      discoveredAt: new Date(Date.now() - HOUR).toISOString(),
      risk: 'RISK',
    });
    const earlier = await report({
      clientId,
      title: 'Erster Vorfall',
      discoveredAt: new Date(Date.now() - 5 * HOUR).toISOString(),
      risk: 'HIGH_RISK',
    });
    await report({
      clientId: quiet,
      title: 'Ohne Risiko',
      discoveredAt: new Date(Date.now() - 5 * HOUR).toISOString(),
      risk: 'NO_RISK',
    });
    let map = await deadlines();
    expect(map.get(clientId)).toBe(earlier.notificationDeadline);
    expect(map.get(quiet)).toBeNull();
    must(await sut.gql(NOTIFIED, { id: earlier.id, input: { reference: 'LfDI-1' } }, { token: firm.token }));
    map = await deadlines();
    expect(map.get(clientId)).toBe(later.notificationDeadline);
    must(await sut.gql(NOTIFIED, { id: later.id, input: { reference: 'LfDI-2' } }, { token: firm.token }));
    expect((await deadlines()).get(clientId)).toBeNull();
  });

  it('lists the firm-wide register without a clientId: every client of the firm, none of another firm', async () => {
    const a = await client('Firmenweit A', 'BE');
    const b = await client('Firmenweit B', 'HH');
    await report({ clientId: a, title: 'Vorfall A', discoveredAt: new Date().toISOString(), risk: 'RISK' });
    await report({
      clientId: b,
      title: 'Vorfall B',
      discoveredAt: new Date().toISOString(),
      risk: 'NO_RISK',
    });
    const ALL = `query { breaches(first: 5000) { totalCount edges { node { clientId clientName title } } } }`;
    const mine = must(
      await sut.gql<{
        breaches: { totalCount: number; edges: { node: { clientId: string; clientName: string } }[] };
      }>(ALL, {}, { token: firm.token }),
    ).breaches;
    expect(mine.edges.map((e) => e.node.clientName)).toEqual(
      expect.arrayContaining(['Firmenweit A', 'Firmenweit B']),
    );
    expect(mine.totalCount).toBe(mine.edges.length);
    const theirs = must(
      await sut.gql<{ breaches: { totalCount: number } }>(ALL, {}, { token: other.token }),
    ).breaches;
    expect(theirs.totalCount).toBe(0);
    // A client user sees their client's breaches only.
    const viewer = (await addMember(sut, firm.token, 'CLIENT_VIEWER', a)).token;
    const own = must(
      await sut.gql<{ breaches: { edges: { node: { clientId: string } }[] } }>(ALL, {}, { token: viewer }),
    ).breaches;
    expect(new Set(own.edges.map((e) => e.node.clientId))).toEqual(new Set([a]));
  });
});
