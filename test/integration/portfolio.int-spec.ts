import { Client } from 'pg';
import {
  addMember,
  COMPLIANT_PLATFORM_ANSWERS,
  createBsp,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
} from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { seedDemo } from '../../apps/api/src/seed/demo-seed';

type Compliance = {
  score: number;
  level: string;
  findings: { ruleId: string; status: string; accountId: string | null }[];
};
type Task = {
  id: string;
  status: string;
  source: string;
  ruleId: string | null;
  comments: { body: string }[];
};

const CLIENT_STATUS = `query ($id: ID!) {
  client(id: $id) { openTaskCount overdueTaskCount compliance { score level findings { ruleId status accountId } } }
  tasks(filter: { clientId: $id }) { totalCount edges { node { id status source ruleId comments { body } } } }
}`;

describe('Client portfolio, WhatsApp rules and tasks', () => {
  let sut: TestApp;
  let statements = 0;

  beforeAll(async () => {
    sut = await startTestApp({}, { onQuery: () => void statements++ });
  });

  afterAll(async () => {
    await sut.close();
  });

  const statusOf = async (token: string, id: string) => {
    const result = await sut.gql<{
      client: { openTaskCount: number; compliance: Compliance };
      tasks: { totalCount: number; edges: { node: Task }[] };
    }>(CLIENT_STATUS, { id }, { token });
    expect(result.errors).toBeUndefined();
    return { client: result.data!.client, tasks: result.data!.tasks.edges.map((e) => e.node) };
  };

  it('rates a private app used for business RED with a WA-PRIVATE-APP failure and one open generated task', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token, 'Friseur Schnitt');
    const accountId = await createWhatsAppAccount(sut, firm.token, {
      clientId,
      variant: 'PRIVATE_APP',
      answers: { usedForBusiness: true, contactSyncDisabled: true },
    });

    const { client, tasks } = await statusOf(firm.token, clientId);
    expect(client.compliance.level).toBe('RED');
    expect(client.compliance.findings).toContainEqual({
      ruleId: 'WA-PRIVATE-APP',
      status: 'FAIL',
      accountId,
    });
    const generated = tasks.filter((t) => t.ruleId === 'WA-PRIVATE-APP');
    expect(generated).toEqual([expect.objectContaining({ status: 'OPEN', source: 'RULE' })]);
    expect(client.openTaskCount).toBe(tasks.filter((t) => t.status === 'OPEN').length);

    // Answering again does not open a second task for the same rule and account.
    await sut.gql(
      `mutation ($id: ID!) { updateWhatsAppAccount(id: $id, input: { label: "Chef-Handy" }) { id } }`,
      { id: accountId },
      { token: firm.token },
    );
    const again = await statusOf(firm.token, clientId);
    expect(again.tasks.filter((t) => t.ruleId === 'WA-PRIVATE-APP' && t.status === 'OPEN')).toHaveLength(1);
  });

  it('closes the generated tasks and raises the level after switching to a compliant Business Platform with an EU BSP', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token);
    const accountId = await createWhatsAppAccount(sut, firm.token, {
      clientId,
      variant: 'PRIVATE_APP',
      answers: { usedForBusiness: true },
    });
    const before = await statusOf(firm.token, clientId);
    const bspId = await createBsp(sut, firm.token, {
      hostingRegion: 'EU',
      transferMechanism: 'NONE',
      dpaAvailable: true,
    });

    const updated = await sut.gql<{
      updateWhatsAppAccount: {
        variant: string;
        bsp: { id: string };
        answers: Record<string, boolean | null>;
        findings: { ruleId: string; status: string }[];
      };
    }>(
      `mutation ($id: ID!, $input: UpdateWhatsAppAccountInput!) { updateWhatsAppAccount(id: $id, input: $input) {
         variant bsp { id } answers { usedForBusiness bspDpaSigned sendsMarketing } findings { ruleId status } } }`,
      { id: accountId, input: { variant: 'BUSINESS_PLATFORM', bspId, answers: COMPLIANT_PLATFORM_ANSWERS } },
      { token: firm.token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateWhatsAppAccount).toMatchObject({
      variant: 'BUSINESS_PLATFORM',
      bsp: { id: bspId },
      answers: { usedForBusiness: true, bspDpaSigned: true, sendsMarketing: false },
    });
    const accountFindings = updated.data!.updateWhatsAppAccount.findings;
    expect(accountFindings.filter((f) => f.status === 'FAIL' || f.status === 'UNKNOWN')).toEqual([]);

    const after = await statusOf(firm.token, clientId);
    expect(
      after.client.compliance.findings.filter((f) => f.accountId === accountId && f.status === 'FAIL'),
    ).toEqual([]);
    expect(after.client.compliance.level).not.toBe('RED');
    expect(after.client.compliance.score).toBeGreaterThan(before.client.compliance.score);
    const ruleTasks = after.tasks.filter(
      (t) =>
        t.source === 'RULE' &&
        t.ruleId?.startsWith('WA-') &&
        !['WA-PROCESSING-RECORD', 'WA-DPIA'].includes(t.ruleId),
    );
    expect(ruleTasks.length).toBeGreaterThan(0);
    for (const task of ruleTasks) {
      expect(task.status).toBe('DONE');
      expect(task.comments.map((c) => c.body).join(' ')).toMatch(task.ruleId!);
    }
    // Only the document-based rules (no approved processing record / DPIA yet) keep tasks open.
    const stillOpen = after.tasks.filter((t) => t.status === 'OPEN').map((t) => t.ruleId);
    expect(stillOpen.every((id) => id === 'WA-PROCESSING-RECORD' || id === 'WA-DPIA')).toBe(true);
    expect(after.client.openTaskCount).toBe(stillOpen.length);
  });

  it('rates unknown answers AMBER', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token);
    await createWhatsAppAccount(sut, firm.token, {
      clientId,
      variant: 'BUSINESS_APP',
      answers: { usedForBusiness: true, contactSyncDisabled: true, sendsMarketing: false },
    });
    const { client } = await statusOf(firm.token, clientId);
    expect(client.compliance.level).toBe('AMBER');
    expect(client.compliance.findings.some((f) => f.status === 'UNKNOWN')).toBe(true);
    expect(client.compliance.findings.some((f) => f.status === 'FAIL' && f.ruleId === 'WA-PRIVATE-APP')).toBe(
      false,
    );
  });

  it('lets a client admin answer the questionnaire of their client, and refuses a client viewer', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token);
    const accountId = await createWhatsAppAccount(sut, firm.token, { clientId, variant: 'BUSINESS_APP' });
    const admin = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId);
    const viewer = await addMember(sut, firm.token, 'CLIENT_VIEWER', clientId);
    const mutation = `mutation ($id: ID!) { updateWhatsAppAccount(id: $id, input: { answers: { profileHasImprint: true } }) { answers { profileHasImprint } } }`;

    const byAdmin = await sut.gql<{ updateWhatsAppAccount: { answers: { profileHasImprint: boolean } } }>(
      mutation,
      { id: accountId },
      { token: admin.token },
    );
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data?.updateWhatsAppAccount.answers.profileHasImprint).toBe(true);

    const byViewer = await sut.gql(mutation, { id: accountId }, { token: viewer.token });
    expect(byViewer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const update = await sut.gql(
      `mutation ($id: ID!) { updateClient(id: $id, input: { city: "Kassel" }) { id } }`,
      { id: clientId },
      { token: viewer.token },
    );
    expect(update.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const read = await sut.gql<{ client: { whatsAppAccounts: { id: string }[] } }>(
      `query ($id: ID!) { client(id: $id) { whatsAppAccounts { id } } }`,
      { id: clientId },
      { token: viewer.token },
    );
    expect(read.data?.client.whatsAppAccounts).toEqual([{ id: accountId }]);
  });

  it('answers NOT_FOUND for an account of another firm', async () => {
    const firm = await signUpFirm(sut);
    const other = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token);
    const accountId = await createWhatsAppAccount(sut, firm.token, { clientId, variant: 'BUSINESS_APP' });
    const result = await sut.gql(
      `mutation ($id: ID!) { updateWhatsAppAccount(id: $id, input: { label: "x" }) { id } }`,
      { id: accountId },
      { token: other.token },
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('updates client details and refuses archiving to an assistant', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token, 'Autohaus Blech');
    const assistant = await addMember(sut, firm.token, 'ASSISTANT');
    const updated = await sut.gql<{ updateClient: Record<string, unknown> }>(
      `mutation ($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { name city federalState industry assignedDpo { id } } }`,
      {
        id: clientId,
        input: { city: 'Kassel', federalState: 'HE', industry: 'Kfz-Handel', assignedDpoId: firm.userId },
      },
      { token: assistant.token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateClient).toEqual({
      name: 'Autohaus Blech',
      city: 'Kassel',
      federalState: 'HE',
      industry: 'Kfz-Handel',
      assignedDpo: { id: firm.userId },
    });

    const archive = `mutation ($id: ID!) { archiveClient(id: $id) { archived } }`;
    const denied = await sut.gql(archive, { id: clientId }, { token: assistant.token });
    expect(denied.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const done = await sut.gql<{ archiveClient: { archived: boolean } }>(
      archive,
      { id: clientId },
      { token: firm.token },
    );
    expect(done.data?.archiveClient.archived).toBe(true);
    const archived = await sut.gql<{ clients: { totalCount: number } }>(
      `{ clients(filter: { archived: true }) { totalCount } }`,
      {},
      { token: firm.token },
    );
    expect(archived.data?.clients.totalCount).toBe(1);
  });

  it('filters by level and sorts by score, and summarises the portfolio', async () => {
    const firm = await signUpFirm(sut);
    const red = await createClient(sut, firm.token, 'A Rot');
    await createWhatsAppAccount(sut, firm.token, {
      clientId: red,
      variant: 'PRIVATE_APP',
      answers: { usedForBusiness: true },
    });
    await createClient(sut, firm.token, 'B Ohne');
    const reds = await sut.gql<{ clients: { edges: { node: { id: string } }[] } }>(
      `{ clients(filter: { level: RED }) { edges { node { id } } } }`,
      {},
      { token: firm.token },
    );
    expect(reds.data?.clients.edges.map((e) => e.node.id)).toEqual([red]);
    const summary = await sut.gql<{
      portfolioSummary: {
        clientCount: number;
        byLevel: { level: string; count: number }[];
        openTasks: number;
        overdueTasks: number;
        consents: { pending: number };
      };
    }>(
      `{ portfolioSummary { clientCount byLevel { level count } openTasks overdueTasks reviewsDue consents { pending confirmed withdrawn expired } } }`,
      {},
      { token: firm.token },
    );
    expect(summary.errors).toBeUndefined();
    expect(summary.data?.portfolioSummary.clientCount).toBe(2);
    expect(summary.data?.portfolioSummary.byLevel.find((l) => l.level === 'RED')?.count).toBe(1);
    expect(summary.data?.portfolioSummary.openTasks).toBeGreaterThan(0);
    expect(summary.data?.portfolioSummary.consents.pending).toBe(0);
  });

  it('creates, assigns, comments and completes a manual task', async () => {
    const firm = await signUpFirm(sut);
    const clientId = await createClient(sut, firm.token);
    const created = await sut.gql<{ createTask: { id: string; overdue: boolean; client: { id: string } } }>(
      `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id overdue client { id } } }`,
      {
        input: {
          clientId,
          title: 'AV-Vertrag prüfen',
          priority: 'HIGH',
          dueAt: new Date(Date.now() - 86_400_000).toISOString(),
          assigneeId: firm.userId,
        },
      },
      { token: firm.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createTask).toMatchObject({ overdue: true, client: { id: clientId } });
    const id = created.data!.createTask.id;
    const overdue = await sut.gql<{
      tasks: { totalCount: number };
      client: { overdueTaskCount: number; openTaskCount: number };
    }>(
      `query ($c: ID!) { tasks(filter: { overdue: true, assigneeId: "${firm.userId}" }) { totalCount } client(id: $c) { overdueTaskCount openTaskCount } }`,
      { c: clientId },
      { token: firm.token },
    );
    expect(overdue.data).toEqual({
      tasks: { totalCount: 1 },
      client: { overdueTaskCount: 1, openTaskCount: 1 },
    });
    const comment = await sut.gql(
      `mutation ($i: AddTaskCommentInput!) { addTaskComment(input: $i) { id } }`,
      { i: { taskId: id, body: 'Vertrag angefordert.' } },
      { token: firm.token },
    );
    expect(comment.errors).toBeUndefined();
    const done = await sut.gql<{ updateTask: { status: string; overdue: boolean } }>(
      `mutation ($id: ID!) { updateTask(id: $id, input: { status: DONE }) { status overdue } }`,
      { id },
      { token: firm.token },
    );
    expect(done.data?.updateTask).toEqual({ status: 'DONE', overdue: false });
    const after = await sut.gql<{ client: { openTaskCount: number } }>(
      `query ($c: ID!) { client(id: $c) { openTaskCount } }`,
      { c: clientId },
      { token: firm.token },
    );
    expect(after.data?.client.openTaskCount).toBe(0);
  });

  it('keeps the firm-wide totalCount equal to the active clients through the API and bulk SQL', async () => {
    const firm = await signUpFirm(sut);
    const other = await signUpFirm(sut);
    await createClient(sut, other.token);
    const ids = [
      await createClient(sut, firm.token),
      await createClient(sut, firm.token),
      await createClient(sut, firm.token),
    ];
    const total = async (filter: Record<string, unknown> | null = null): Promise<number> => {
      const result = await sut.gql<{ clients: { totalCount: number } }>(
        'query ($f: ClientFilter) { clients(first: 1, filter: $f) { totalCount } }',
        { f: filter },
        { token: firm.token },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.clients.totalCount;
    };
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      const live = async (): Promise<number> =>
        (
          await db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM client WHERE tenant_id = $1 AND archived_at IS NULL',
            [firm.tenantId],
          )
        ).rows[0].n;
      expect(await total()).toBe(3);
      await sut.gql(
        'mutation ($id: ID!) { archiveClient(id: $id) { archived } }',
        { id: ids[0] },
        { token: firm.token },
      );
      expect(await total()).toBe(2);
      expect(await total({ archived: true })).toBe(1);
      // Several rows per statement, as a migration or an import would write them (the owner bypasses no trigger).
      await db.query(
        `INSERT INTO client (id, tenant_id, name) SELECT gen_random_uuid(), $1, 'Bulk ' || i FROM generate_series(1, 5) i`,
        [firm.tenantId],
      );
      expect(await total()).toBe(7);
      await db.query(
        `UPDATE client SET archived_at = now() WHERE tenant_id = $1 AND name IN ('Bulk 1', 'Bulk 2')`,
        [firm.tenantId],
      );
      await db.query(`UPDATE client SET archived_at = NULL WHERE id = $1`, [ids[0]]);
      await db.query(`DELETE FROM client WHERE tenant_id = $1 AND name IN ('Bulk 2', 'Bulk 3')`, [
        firm.tenantId,
      ]);
      expect(await total()).toBe(await live());
      expect(await total()).toBe(5);
      expect(await total({ search: 'Bulk' })).toBe(2);
      // The neighbouring firm's count never moved.
      const theirs = await sut.gql<{ clients: { totalCount: number } }>(
        '{ clients(first: 1) { totalCount } }',
        {},
        { token: other.token },
      );
      expect(theirs.data?.clients.totalCount).toBe(1);
    } finally {
      await db.end();
    }
  });

  it('loads a page of clients with a number of SQL statements that does not grow with the page size', async () => {
    const page = `query ($first: Int) { clients(first: $first) { totalCount edges { node { id name assignedDpo { name } openTaskCount overdueTaskCount
      consentStats { pending confirmed } compliance { score level findings { status } } whatsAppAccounts { variant bsp { name } findings { status } } } } } }`;
    const firm = await signUpFirm(sut);
    const bspId = await createBsp(sut, firm.token);
    const addClients = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const clientId = await createClient(sut, firm.token);
        if (i % 2 === 0)
          await createWhatsAppAccount(sut, firm.token, {
            clientId,
            variant: i % 4 === 0 ? 'BUSINESS_PLATFORM' : 'PRIVATE_APP',
            bspId: i % 4 === 0 ? bspId : null,
            answers: { usedForBusiness: true },
          });
      }
    };
    const count = async (expected: number) => {
      statements = 0;
      const result = await sut.gql<{ clients: { totalCount: number } }>(
        page,
        // As many as the firm has: with accounts and findings a client costs 134 (query-cost.ts), 200 cost 26,801.
        { first: 200 },
        { token: firm.token },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.clients.totalCount).toBe(expected);
      return statements;
    };
    await addClients(10);
    const atTen = await count(10);
    await addClients(190);
    const atTwoHundred = await count(200);
    expect(atTwoHundred).toBe(atTen);
    expect(atTen).toBeLessThan(15);
  });

  it('seeds a demo firm with 30 clients across every variant and level, and 90 days of history', async () => {
    const login = await seedDemo(sut.app);
    const session = await sut.gql<{ login: { accessToken: string } }>(
      `mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`,
      { i: login },
    );
    const token = session.data!.login.accessToken;
    const result = await sut.gql<{
      clients: {
        totalCount: number;
        edges: { node: { compliance: { level: string }; whatsAppAccounts: { variant: string }[] } }[];
      };
    }>(
      `query ($first: Int) { clients(first: $first) { totalCount edges { node { compliance { level } whatsAppAccounts { variant } } } } }`,
      { first: 100 },
      { token },
    );
    expect(result.data?.clients.totalCount).toBe(30);
    const nodes = result.data!.clients.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.compliance.level))).toEqual(new Set(['RED', 'AMBER', 'GREEN']));
    expect(new Set(nodes.flatMap((n) => n.whatsAppAccounts.map((a) => a.variant)))).toEqual(
      new Set(['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM']),
    );
    // 90 days of history for the chart, ending in today's real figures.
    const history = await sut.gql<{ portfolioHistory: { clientCount: number }[] }>(
      `{ portfolioHistory(days: 90) { clientCount } }`,
      {},
      { token },
    );
    expect(history.data?.portfolioHistory).toHaveLength(90);
    expect(history.data?.portfolioHistory.at(-1)?.clientCount).toBe(30);
    // Platform clients have their record of processing from the built-in template, approved where all is well.
    const platform = await sut.gql<{
      clients: { edges: { node: { id: string; whatsAppAccounts: { variant: string }[] } }[] };
    }>(`{ clients(first: 100) { edges { node { id whatsAppAccounts { variant } } } } }`, {}, { token });
    const statuses: string[] = [];
    for (const { node } of platform.data?.clients.edges ?? []) {
      if (!node.whatsAppAccounts.some((a) => a.variant === 'BUSINESS_PLATFORM')) continue;
      const listed = await sut.gql<{ processingActivities: { edges: { node: { status: string } }[] } }>(
        `query ($id: ID!) { processingActivities(clientId: $id) { edges { node { status } } } }`,
        { id: node.id },
        { token },
      );
      statuses.push(...(listed.data?.processingActivities.edges.map((e) => e.node.status) ?? []));
    }
    expect(new Set(statuses)).toEqual(new Set(['APPROVED', 'DRAFT']));
  });
});
