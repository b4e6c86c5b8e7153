import { Client } from 'pg';
import { createClient, signUpFirm, type Firm } from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const TASKS = `query ($clientId: ID!) { tasks(filter: { clientId: $clientId }) { edges { node { title status source } } } }`;
const APPROVE = `mutation ($id: ID!) { approveProcessingActivity(id: $id) { status approvedAt nextReviewAt reviewDue } }`;

describe('Review cycle of processing activities: a task once the review date passed, closed by approving again', () => {
  let sut: TestApp;
  let firm: Firm;

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
  });
  afterAll(() => sut.close());

  it('the daily job opens one review task; approving again confirms the review and closes it', async () => {
    const clientId = await createClient(sut, firm.token);
    const id = must(
      await sut.gql<{ createProcessingActivity: { id: string } }>(
        `mutation ($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { id } }`,
        {
          input: {
            clientId,
            record: { name: 'Newsletter', retention: 'Bis zum Widerruf' },
            reviewIntervalMonths: 6,
          },
        },
        { token: firm.token },
      ),
    ).createProcessingActivity.id;
    const first = must(
      await sut.gql<{ approveProcessingActivity: { nextReviewAt: string; approvedAt: string } }>(
        APPROVE,
        { id },
        { token: firm.token },
      ),
    ).approveProcessingActivity;
    const months = (Date.parse(first.nextReviewAt) - Date.parse(first.approvedAt)) / (30.4 * 86_400_000);
    expect(Math.round(months)).toBe(6);
    // Approving again before the review date changes nothing.
    const again = must(
      await sut.gql<{ approveProcessingActivity: { approvedAt: string } }>(
        APPROVE,
        { id },
        { token: firm.token },
      ),
    ).approveProcessingActivity;
    expect(again.approvedAt).toBe(first.approvedAt);

    const { JobsService } = await import('@klarsicht/api-core');
    const jobs = sut.app.get(JobsService);
    const tasks = async () =>
      must(
        await sut.gql<{ tasks: { edges: { node: { title: string; status: string; source: string } }[] } }>(
          TASKS,
          { clientId },
          { token: firm.token },
        ),
      )
        .tasks.edges.map((e) => e.node)
        .filter((t) => t.source === 'PROCESSING_REVIEW');
    await jobs.runNow('processing-review-due');
    expect(await tasks()).toEqual([]);

    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      await db.query(
        `UPDATE processing_activity SET next_review_at = now() - interval '1 day' WHERE id = $1`,
        [id],
      );
    } finally {
      await db.end();
    }
    await jobs.runNow('processing-review-due');
    await jobs.runNow('processing-review-due');
    expect(await tasks()).toEqual([
      { title: 'Verarbeitungstätigkeit prüfen: Newsletter', status: 'OPEN', source: 'PROCESSING_REVIEW' },
    ]);

    const reviewed = must(
      await sut.gql<{ approveProcessingActivity: { approvedAt: string; reviewDue: boolean } }>(
        APPROVE,
        { id },
        { token: firm.token },
      ),
    ).approveProcessingActivity;
    expect(reviewed.reviewDue).toBe(false);
    expect(Date.parse(reviewed.approvedAt)).toBeGreaterThan(Date.parse(first.approvedAt));
    expect((await tasks()).map((t) => t.status)).toEqual(['DONE']);
  });
});
