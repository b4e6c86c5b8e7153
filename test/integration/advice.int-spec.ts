import { JobsService } from '@klarsicht/api-core';
import { RemindersService } from '@klarsicht/api-notifications';
import { addMember, createClient, signUpFirm, type Firm } from '../support/factories';
import { flatText, readPdf } from '../support/pdf';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

const FIELDS = `id clientId subject recommendation riskIfIgnored relatedRuleIds dueAt status overdue recordedByName
  acknowledgement { decision comment acknowledgedByName }`;
const RECORD = `mutation ($input: RecordAdviceInput!) { recordAdvice(input: $input) { ${FIELDS} } }`;
const ACK = `mutation ($id: ID!, $input: AcknowledgeAdviceInput!) { acknowledgeAdvice(id: $id, input: $input) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { advice(id: $id) { ${FIELDS} } }`;
const LIST = `query ($clientId: ID, $status: AdviceStatus) { adviceRecords(clientId: $clientId, status: $status) { id status } }`;
const AUDIT = `{ auditEvents(filter: { entityType: "advice" }) { edges { node { action entityId changes } } } }`;
const VERIFY = `query { verifyAuditChain { valid checkedCount } }`;
const DAY = 86_400_000;

type Advice = {
  id: string;
  clientId: string;
  subject: string;
  status: string;
  overdue: boolean;
  recordedByName: string | null;
  relatedRuleIds: string[];
  acknowledgement: { decision: string; comment: string; acknowledgedByName: string | null } | null;
};

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];

describe('Advice record (Beratungsnachweis): recorded, acknowledged in the portal, append-only, in the chain', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;
  let clientId: string;
  let siblingId: string;
  let admin: { token: string; userId: string; email: string };
  let viewer: { token: string };
  let sibling: { token: string };

  const record = (input: Record<string, unknown>, token = firm.token) =>
    sut.gql<{ recordAdvice: Advice }>(
      RECORD,
      {
        input: {
          clientId,
          subject: 'Kontaktabgleich abschalten',
          body: 'Das Diensthandy gleicht das Adressbuch mit WhatsApp ab; damit gehen Nummern Dritter an Meta.',
          recommendation: 'Kontaktzugriff für WhatsApp in den Einstellungen des Geräts entziehen.',
          riskIfIgnored: 'Bußgeld nach Art. 83 DSGVO, Abmahnung',
          relatedRuleIds: ['WA-CONTACT-SYNC'],
          ...input,
        },
      },
      { token },
    );
  const ack = (id: string, input: Record<string, unknown>, token = admin.token) =>
    sut.gql<{ acknowledgeAdvice: Advice }>(ACK, { id, input }, { token });

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Fahrschule Überholspur');
    siblingId = await createClient(sut, firm.token, 'Fahrschule Nebenan');
    admin = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId);
    viewer = await addMember(sut, firm.token, 'CLIENT_VIEWER', clientId);
    sibling = await addMember(sut, firm.token, 'CLIENT_ADMIN', siblingId);
  });
  afterAll(() => sut.close());

  it('advice → portal acknowledgement (declined with the reason) → both in auditEvents, and the chain verifies', async () => {
    const advice = must(await record({})).recordAdvice;
    expect(advice).toMatchObject({
      status: 'OPEN',
      overdue: false,
      relatedRuleIds: ['WA-CONTACT-SYNC'],
      acknowledgement: null,
    });
    expect(advice.recordedByName).toBeTruthy();

    // The client's admin sees it in the portal (their client only) and must give a reason to decline.
    const seen = must(await sut.gql<{ adviceRecords: { id: string }[] }>(LIST, {}, { token: admin.token }));
    expect(seen.adviceRecords.map((a) => a.id)).toEqual([advice.id]);
    expect(code(await ack(advice.id, { decision: 'DECLINED' }))).toBe('BAD_USER_INPUT');
    const declined = must(
      await ack(advice.id, { decision: 'DECLINED', comment: 'Das Gerät wird ohnehin im März ersetzt.' }),
    ).acknowledgeAdvice;
    expect(declined).toMatchObject({
      status: 'DECLINED',
      acknowledgement: { decision: 'DECLINED', comment: 'Das Gerät wird ohnehin im März ersetzt.' },
    });
    // Once only; the DPO sees the declined advice with the client's reason.
    expect(code(await ack(advice.id, { decision: 'ACCEPTED' }))).toBe('CONFLICT');
    expect(
      must(await sut.gql<{ advice: Advice }>(ONE, { id: advice.id }, { token: firm.token })).advice,
    ).toMatchObject({
      status: 'DECLINED',
      acknowledgement: {
        comment: 'Das Gerät wird ohnehin im März ersetzt.',
        acknowledgedByName: 'Member CLIENT_ADMIN',
      },
    });
    expect(
      must(
        await sut.gql<{ adviceRecords: { id: string }[] }>(
          LIST,
          { clientId, status: 'DECLINED' },
          { token: firm.token },
        ),
      ).adviceRecords.map((a) => a.id),
    ).toEqual([advice.id]);

    const audit = must(
      await sut.gql<{
        auditEvents: { edges: { node: { action: string; entityId: string; changes: unknown } }[] };
      }>(AUDIT, {}, { token: firm.token }),
    ).auditEvents.edges.map((e) => e.node);
    expect(audit.filter((e) => e.entityId === advice.id).map((e) => e.action)).toEqual([
      'advice.acknowledged',
      'advice.recorded',
    ]);
    expect(JSON.stringify(audit[0].changes)).toContain('DECLINED');
    const chain = must(
      await sut.gql<{ verifyAuditChain: { valid: boolean; checkedCount: number } }>(
        VERIFY,
        {},
        { token: firm.token },
      ),
    ).verifyAuditChain;
    expect(chain.valid).toBe(true);
    expect(chain.checkedCount).toBeGreaterThan(2);
  });

  it('a client user of another client can neither see nor acknowledge it; another firm neither', async () => {
    const advice = must(await record({ subject: 'Impressum im Profil' })).recordAdvice;
    expect(code(await sut.gql(ONE, { id: advice.id }, { token: sibling.token }))).toBe('NOT_FOUND');
    expect(code(await ack(advice.id, { decision: 'ACCEPTED' }, sibling.token))).toBe('NOT_FOUND');
    expect(code(await sut.gql(LIST, { clientId }, { token: sibling.token }))).toBe('NOT_FOUND');
    expect(
      must(await sut.gql<{ adviceRecords: unknown[] }>(LIST, {}, { token: sibling.token })).adviceRecords,
    ).toEqual([]);
    expect(code(await sut.gql(ONE, { id: advice.id }, { token: other.token }))).toBe('NOT_FOUND');
    expect(code(await ack(advice.id, { decision: 'ACCEPTED' }, other.token))).toBe('NOT_FOUND');
    expect(
      must(await sut.gql<{ advice: Advice }>(ONE, { id: advice.id }, { token: admin.token })).advice.status,
    ).toBe('OPEN');
  });

  it('only the DPO records, only the client admin acknowledges', async () => {
    const assistant = await addMember(sut, firm.token, 'ASSISTANT');
    expect(code(await record({}, assistant.token))).toBe('FORBIDDEN');
    expect(code(await record({}, admin.token))).toBe('FORBIDDEN');
    expect(code(await record({ relatedRuleIds: ['NO-SUCH-RULE'] }))).toBe('BAD_USER_INPUT');
    expect(code(await record({ clientId: siblingId }, other.token))).toBe('NOT_FOUND');
    const advice = must(await record({ subject: 'Datenschutzerklärung ergänzen' })).recordAdvice;
    expect(code(await ack(advice.id, { decision: 'ACCEPTED' }, viewer.token))).toBe('FORBIDDEN');
    expect(code(await ack(advice.id, { decision: 'ACCEPTED' }, firm.token))).toBe('FORBIDDEN');
    expect(must(await ack(advice.id, { decision: 'ACCEPTED' })).acknowledgeAdvice.status).toBe('ACCEPTED');
  });

  it('is append-only in the database, even for the owner role', async () => {
    const advice = must(await record({ subject: 'Löschkonzept' })).recordAdvice;
    await expect(
      withOwner(sut, (db) => db.query(`UPDATE advice SET subject = 'geändert' WHERE id = $1`, [advice.id])),
    ).rejects.toThrow(/append-only/);
    await expect(
      withOwner(sut, (db) => db.query(`DELETE FROM advice WHERE id = $1`, [advice.id])),
    ).rejects.toThrow(/append-only/);
  });

  it('reminds the client admins until acknowledged: before the due date, then weekly while overdue', async () => {
    const dueAt = new Date(Date.now() + 7 * DAY);
    const advice = must(await record({ subject: 'Auftragsverarbeitungsvertrag', dueAt })).recordAdvice;
    const reminders = async (now: Date) => {
      await sut.app.get(JobsService).forEachTenant('test-advice-reminders', (ctx) =>
        sut.app
          .get(RemindersService)
          .sendDue(ctx, now)
          .then(() => {}),
      );
      return (
        await withOwner(sut, (db) =>
          db.query<{ recipient: string; data: { offsetDays: number; adviceId: string } }>(
            `SELECT recipient, data FROM outbox_message WHERE template = 'advice-reminder' AND data->>'adviceId' = $1 ORDER BY created_at`,
            [advice.id],
          ),
        )
      ).rows.map((r) => [r.recipient, r.data.offsetDays]);
    };
    // The default offsets include 7 days before: the admin (not the viewer) is reminded, once.
    expect(await reminders(new Date())).toEqual([[admin.email, 7]]);
    expect(await reminders(new Date())).toEqual([[admin.email, 7]]);
    expect(await reminders(new Date(dueAt.getTime() + 2 * DAY))).toEqual([
      [admin.email, 7],
      [admin.email, -1],
    ]);
    expect(await reminders(new Date(dueAt.getTime() + 9 * DAY))).toEqual([
      [admin.email, 7],
      [admin.email, -1],
      [admin.email, -2],
    ]);
    must(await ack(advice.id, { decision: 'ACCEPTED' }));
    expect(await reminders(new Date(dueAt.getTime() + 16 * DAY))).toHaveLength(3);
  });

  it('the client report lists the advice with the client’s answer', async () => {
    const response = await fetch(`${sut.url}/api/clients/${clientId}/report.pdf`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(response.status).toBe(200);
    const text = flatText(await readPdf(Buffer.from(await response.arrayBuffer())));
    expect(text).toContain('Beratungsnachweis');
    expect(text).toContain('Kontaktabgleich abschalten');
    expect(text).toContain('Das Gerät wird ohnehin im März ersetzt.');
    expect(text).toContain('noch nicht beantwortet');
  });
});
