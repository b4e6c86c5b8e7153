import { addMember, signUpFirm, type Firm } from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) {
  id progress { clients complete verified overdue } clients { clientId answered verified complete overdue taskStatus } } }`;
const ANSWER = `mutation ($input: CampaignAnswerInput!) { answerCampaignQuestion(input: $input) { id questions { key value state } } }`;
const VERIFY = `mutation ($campaignId: ID!, $clientId: ID!) { verifyCampaignAnswers(campaignId: $campaignId, clientId: $clientId) { questions { key state } } }`;
const PROGRESS = `query ($id: ID!) { campaign(id: $id) { progress { clients complete verified overdue } clients { clientId complete overdue taskStatus } } }`;
const CLIENT = `query ($id: ID!) { client(id: $id) { compliance { level findings { ruleId status } } campaigns { id title questions { key textDe value } } } }`;
const TASKS = `query ($clientId: ID!) { tasks(filter: { clientId: $clientId }) { edges { node { source status title } } } }`;

type Progress = { clients: number; complete: number; verified: number; overdue: number };
const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];
const QUESTION = {
  key: 'usesNewOptInForm',
  textDe: 'Wird das neue Opt-in-Formular (Stand Dezember 2026) verwendet?',
  textEn: 'Is the new opt-in form (December 2026) in use?',
};

describe('Campaigns: one requirement to many clients, one task each, AMBER until answered, progress', () => {
  let sut: TestApp;
  let firm: Firm;
  let clientIds: string[];

  const create = (input: Record<string, unknown>, token = firm.token) =>
    sut.gql<{ createCampaign: { id: string; progress: Progress; clients: { clientId: string }[] } }>(
      CREATE,
      { input },
      { token },
    );
  const answer = (campaignId: string, clientId: string, value: boolean, token = firm.token) =>
    sut.gql(ANSWER, { input: { campaignId, clientId, key: QUESTION.key, value } }, { token });
  const client = async (id: string) =>
    must(
      await sut.gql<{
        client: {
          compliance: { level: string; findings: { ruleId: string; status: string }[] };
          campaigns: { id: string; questions: { key: string; value: boolean | null }[] }[];
        };
      }>(CLIENT, { id }, { token: firm.token }),
    ).client;
  const campaignTasks = async (clientId: string) =>
    must(
      await sut.gql<{ tasks: { edges: { node: { source: string; status: string } }[] } }>(
        TASKS,
        { clientId },
        { token: firm.token },
      ),
    ).tasks.edges.filter((e) => e.node.source === 'CAMPAIGN');

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    clientIds = [];
    for (let i = 0; i < 50; i++)
      clientIds.push(
        must(
          await sut.gql<{ createClient: { id: string } }>(
            `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
            { input: { name: `Mandant ${String(i).padStart(2, '0')}`, federalState: i < 5 ? 'HB' : 'NI' } },
            { token: firm.token },
          ),
        ).createClient.id,
      );
  });
  afterAll(() => sut.close());

  it('a campaign to 50 clients opens exactly 50 tasks, turns them AMBER, and its progress counts right', async () => {
    expect((await client(clientIds[0])).compliance.level).toBe('GREEN');
    const campaign = must(
      await create({
        title: 'Neues Opt-in-Formular einführen',
        body: 'Die Aufsicht verlangt die Nennung von Meta als Empfänger im Opt-in.',
        clientIds,
        questions: [QUESTION],
        dueAt: new Date(Date.now() - 86_400_000).toISOString(),
      }),
    ).createCampaign;
    expect(campaign.progress).toEqual({ clients: 50, complete: 0, verified: 0, overdue: 50 });
    let tasks = 0;
    for (const id of clientIds) tasks += (await campaignTasks(id)).length;
    expect(tasks).toBe(50);
    const first = await client(clientIds[0]);
    expect(first.compliance.level).toBe('AMBER');
    expect(first.compliance.findings.find((f) => f.ruleId === 'CAMPAIGN-ANSWERS')?.status).toBe('UNKNOWN');
    expect(first.campaigns).toEqual([
      {
        id: campaign.id,
        title: 'Neues Opt-in-Formular einführen',
        questions: [{ key: QUESTION.key, textDe: QUESTION.textDe, value: null }],
      },
    ]);

    // Three clients answer: one through its admin in the portal (CLAIMED), two through the firm (VERIFIED); one says no.
    const admin = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientIds[0]);
    must(await answer(campaign.id, clientIds[0], true, admin.token));
    must(await answer(campaign.id, clientIds[1], true));
    must(await answer(campaign.id, clientIds[2], false));
    expect((await client(clientIds[0])).compliance.level).toBe('GREEN');
    expect(
      (await client(clientIds[2])).compliance.findings.find((f) => f.ruleId === 'CAMPAIGN-ANSWERS')?.status,
    ).toBe('FAIL');
    expect((await campaignTasks(clientIds[0])).map((t) => t.node.status)).toEqual(['DONE']);

    // A client user cannot verify their own answers, nor answer for another client.
    expect(
      code(
        await sut.gql(VERIFY, { campaignId: campaign.id, clientId: clientIds[0] }, { token: admin.token }),
      ),
    ).toBe('FORBIDDEN');
    expect(code(await answer(campaign.id, clientIds[3], true, admin.token))).toBe('NOT_FOUND');
    must(await sut.gql(VERIFY, { campaignId: campaign.id, clientId: clientIds[0] }, { token: firm.token }));

    const progress = must(
      await sut.gql<{ campaign: { progress: Progress } }>(
        PROGRESS,
        { id: campaign.id },
        { token: firm.token },
      ),
    ).campaign.progress;
    expect(progress).toEqual({ clients: 50, complete: 3, verified: 3, overdue: 47 });
    expect(code(await sut.gql(PROGRESS, { id: campaign.id }, { token: admin.token }))).toBe('FORBIDDEN');

    // The firm's list, newest first; not for client users.
    const LIST = `{ campaigns { id title clientCount questionCount } }`;
    const listed = must(
      await sut.gql<{
        campaigns: { id: string; title: string; clientCount: number; questionCount: number }[];
      }>(LIST, {}, { token: firm.token }),
    ).campaigns;
    expect(listed[0]).toEqual({
      id: campaign.id,
      title: 'Neues Opt-in-Formular einführen',
      clientCount: 50,
      questionCount: 1,
    });
    expect(code(await sut.gql(LIST, {}, { token: admin.token }))).toBe('FORBIDDEN');
  });

  it('a client user cannot publish a campaign; a filter picks the clients; one of clientIds or filter', async () => {
    const admin = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientIds[0]);
    expect(code(await create({ title: 'x', body: 'y', clientIds: [clientIds[0]] }, admin.token))).toBe(
      'FORBIDDEN',
    );
    const assistant = await addMember(sut, firm.token, 'ASSISTANT');
    expect(code(await create({ title: 'x', body: 'y', clientIds: [clientIds[0]] }, assistant.token))).toBe(
      'FORBIDDEN',
    );
    expect(code(await create({ title: 'x', body: 'y' }))).toBe('BAD_USER_INPUT');
    const other = await signUpFirm(sut);
    expect(code(await create({ title: 'x', body: 'y', clientIds: [clientIds[0]] }, other.token))).toBe(
      'NOT_FOUND',
    );

    const bremen = must(
      await create({
        title: 'Hinweis der Bremer Aufsicht',
        body: 'Bitte lesen.',
        filter: { federalStates: ['HB'] },
      }),
    ).createCampaign;
    expect(bremen.progress).toEqual({ clients: 5, complete: 0, verified: 0, overdue: 0 });
    // Without questions the level does not change.
    expect((await client(clientIds[0])).compliance.level).toBe('GREEN');
  });
});
