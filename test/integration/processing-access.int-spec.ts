import { Client } from 'pg';
import { addMember, createBsp, createClient, signUpFirm, type Firm } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  APPLY,
  CREATE,
  UPDATE,
  SUBMIT,
  APPROVE,
  GET,
  LIST,
  type Activity,
  must,
  code,
  record,
} from '../support/processing';

describe('Record of processing activities: who may do what, and the audit chain', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;

  const gql = async <T>(query: string, variables: Record<string, unknown>, token = firm.token): Promise<T> =>
    must(await sut.gql<T>(query, variables, { token }));
  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
  });
  afterAll(() => sut.close());

  it('a client user drafts and submits but cannot approve, and sees only their own company; another firm gets NOT_FOUND', async () => {
    const clientId = await createClient(sut, firm.token);
    const neighbour = await createClient(sut, firm.token);
    const theirs = (
      await gql<{ createProcessingActivity: Activity }>(CREATE, {
        input: { clientId: neighbour, record: record() },
      })
    ).createProcessingActivity;
    const admin = (await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId)).token;
    const draft = (
      await gql<{ createProcessingActivity: Activity }>(
        CREATE,
        { input: { clientId, record: record() } },
        admin,
      )
    ).createProcessingActivity;
    const submitted = (await gql<{ submitProcessingActivity: Activity }>(SUBMIT, { id: draft.id }, admin))
      .submitProcessingActivity;
    expect(submitted.status).toBe('IN_REVIEW');
    expect(code(await sut.gql(SUBMIT, { id: draft.id }, { token: admin }))).toBe('CONFLICT');
    expect(code(await sut.gql(APPROVE, { id: draft.id }, { token: admin }))).toBe('FORBIDDEN');
    expect(code(await sut.gql(GET, { id: theirs.id }, { token: admin }))).toBe('NOT_FOUND');
    expect(code(await sut.gql(LIST, { clientId: neighbour }, { token: admin }))).toBe('NOT_FOUND');
    expect(
      code(await sut.gql(CREATE, { input: { clientId: neighbour, record: record() } }, { token: admin })),
    ).toBe('NOT_FOUND');
    expect(
      code(
        await sut.gql(
          APPLY,
          { input: { templateId: 'builtin:whatsapp-platform:de', clientIds: [clientId] } },
          { token: admin },
        ),
      ),
    ).toBe('FORBIDDEN');
    const viewer = (await addMember(sut, firm.token, 'CLIENT_VIEWER', clientId)).token;
    expect(
      code(await sut.gql(UPDATE, { id: draft.id, input: { record: record() } }, { token: viewer })),
    ).toBe('FORBIDDEN');
    expect(
      (await gql<{ processingActivity: Activity }>(GET, { id: draft.id }, viewer)).processingActivity.status,
    ).toBe('IN_REVIEW');
    const approved = (await gql<{ approveProcessingActivity: Activity }>(APPROVE, { id: draft.id }))
      .approveProcessingActivity;
    expect(approved.status).toBe('APPROVED');

    // Another firm: the same answer as for an id that does not exist.
    const random = '01900000-0000-7000-8000-000000000000';
    for (const id of [draft.id, random]) {
      expect(code(await sut.gql(GET, { id }, { token: other.token }))).toBe('NOT_FOUND');
      expect(code(await sut.gql(APPROVE, { id }, { token: other.token }))).toBe('NOT_FOUND');
      expect(code(await sut.gql(SUBMIT, { id }, { token: other.token }))).toBe('NOT_FOUND');
      expect(code(await sut.gql(UPDATE, { id, input: { record: record() } }, { token: other.token }))).toBe(
        'NOT_FOUND',
      );
    }
    expect(code(await sut.gql(LIST, { clientId }, { token: other.token }))).toBe('NOT_FOUND');
    // Only measures of the firm's own catalogue can be linked.
    expect(
      code(
        await sut.gql(
          CREATE,
          {
            input: { clientId, record: record({ technicalMeasureIds: ['builtin:backups', 'builtin:nope'] }) },
          },
          { token: firm.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const linked = (
      await gql<{ createProcessingActivity: Activity }>(CREATE, {
        input: { clientId, record: record({ technicalMeasureIds: ['builtin:backups'] }) },
      })
    ).createProcessingActivity;
    expect(linked.record['technicalMeasureIds']).toEqual(['builtin:backups']);
    // A BSP of another firm cannot be linked as processor.
    const foreignBsp = await createBsp(sut, other.token);
    expect(
      code(
        await sut.gql(
          CREATE,
          {
            input: {
              clientId,
              record: record({
                recipients: [{ name: 'X', kind: 'PROCESSOR', region: 'EU', bspId: foreignBsp }],
              }),
            },
          },
          { token: firm.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('writes the changes into the audit chain', async () => {
    const clientId = await createClient(sut, firm.token);
    const created = (
      await gql<{ createProcessingActivity: Activity }>(CREATE, { input: { clientId, record: record() } })
    ).createProcessingActivity;
    await gql(SUBMIT, { id: created.id });
    await gql(APPROVE, { id: created.id });
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ action: string }>(
        `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
        [created.id],
      );
      expect(rows.map((r) => r.action)).toEqual([
        'processing_activity.created',
        'processing_activity.submitted',
        'processing_activity.approved',
      ]);
    } finally {
      await db.end();
    }
  });
});
