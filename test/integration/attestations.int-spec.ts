import { JobsService } from '@klarsicht/api-core';
import { AttestationService } from '@klarsicht/api-whatsapp';
import { addMember, createClient, signUpFirm, type Firm } from '../support/factories';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

const ATT = `key value state questionnaireVersion answeredByName evidenceDocumentId reviewComment expired`;
const CREATE = `mutation ($input: CreateWhatsAppAccountInput!) { createWhatsAppAccount(input: $input) { id } }`;
const ANSWER = `mutation ($id: ID!, $input: UpdateWhatsAppAccountInput!) { updateWhatsAppAccount(id: $id, input: $input) { id attestations { ${ATT} } } }`;
const REVIEW = `mutation ($accountId: ID!, $key: String!, $input: ReviewAnswerInput!) { reviewAnswer(accountId: $accountId, key: $key, input: $input) { ${ATT} } }`;
const EVIDENCE = `mutation ($accountId: ID!, $key: String!, $documentId: ID!) { attachAnswerEvidence(accountId: $accountId, key: $key, documentId: $documentId) { ${ATT} } }`;
const POLICY = `mutation ($clientId: ID!, $input: AttestationPolicyInput!) { setAttestationPolicy(clientId: $clientId, input: $input) { acceptClaimedAnswers reattestationMonths } }`;
const COMPLIANCE = `query ($id: ID!) { client(id: $id) { attestationPolicy { acceptClaimedAnswers reattestationMonths } compliance { findings { ruleId status accountId } } } }`;
const TASKS = `query ($clientId: ID!) { tasks(filter: { clientId: $clientId }) { edges { node { title status source description } } } }`;

type Attestation = {
  key: string;
  value: boolean | null;
  state: string;
  questionnaireVersion: number;
  answeredByName: string | null;
  evidenceDocumentId: string | null;
  reviewComment: string | null;
  expired: boolean;
};
type Task = { title: string; status: string; source: string; description: string };

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];

describe('Client attestations: CLAIMED → VERIFIED / REJECTED, only verified answers pass CRITICAL/HIGH rules, expiry', () => {
  let sut: TestApp;
  let firm: Firm;
  let clientId: string;
  let accountId: string;
  let admin: { token: string };

  const status = async (ruleId: string): Promise<string | undefined> =>
    must(
      await sut.gql<{
        client: { compliance: { findings: { ruleId: string; status: string; accountId: string }[] } };
      }>(COMPLIANCE, { id: clientId }, { token: firm.token }),
    ).client.compliance.findings.find((f) => f.ruleId === ruleId && f.accountId === accountId)?.status;
  const answer = async (answers: Record<string, boolean | null>, token = admin.token) =>
    must(
      await sut.gql<{ updateWhatsAppAccount: { attestations: Attestation[] } }>(
        ANSWER,
        { id: accountId, input: { answers } },
        { token },
      ),
    ).updateWhatsAppAccount.attestations;
  const review = (key: string, input: Record<string, unknown>, token = firm.token) =>
    sut.gql<{ reviewAnswer: Attestation }>(REVIEW, { accountId, key, input }, { token });
  const tasks = async (): Promise<Task[]> =>
    must(
      await sut.gql<{ tasks: { edges: { node: Task }[] } }>(TASKS, { clientId }, { token: firm.token }),
    ).tasks.edges.map((e) => e.node);

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Blumenladen Vergissmeinnicht');
    accountId = must(
      await sut.gql<{ createWhatsAppAccount: { id: string } }>(
        CREATE,
        { input: { clientId, label: 'Ladentelefon', variant: 'BUSINESS_APP' } },
        { token: firm.token },
      ),
    ).createWhatsAppAccount.id;
    admin = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId);
  });
  afterAll(() => sut.close());

  it('a CLAIMED "contact sync disabled" keeps WA-CONTACT-SYNC UNKNOWN until the DPO verifies it', async () => {
    expect(await status('WA-CONTACT-SYNC')).toBe('UNKNOWN');
    const given = await answer({ contactSyncDisabled: true, profileLinksPrivacyNotice: true });
    expect(given.map((a) => [a.key, a.value, a.state, a.questionnaireVersion])).toEqual([
      ['contactSyncDisabled', true, 'CLAIMED', 1],
      ['profileLinksPrivacyNotice', true, 'CLAIMED', 1],
    ]);
    expect(given[0].answeredByName).toBe('Member CLIENT_ADMIN');
    expect(await status('WA-CONTACT-SYNC')).toBe('UNKNOWN');
    // A MEDIUM rule takes the client's word.
    expect(await status('WA-PRIVACY-LINK')).toBe('PASS');

    // The client cannot verify their own answer.
    expect(code(await review('contactSyncDisabled', { decision: 'VERIFIED' }, admin.token))).toBe(
      'FORBIDDEN',
    );
    const verified = must(await review('contactSyncDisabled', { decision: 'VERIFIED' })).reviewAnswer;
    expect(verified.state).toBe('VERIFIED');
    expect(await status('WA-CONTACT-SYNC')).toBe('PASS');
    // Only a CLAIMED answer is reviewed.
    expect(code(await review('contactSyncDisabled', { decision: 'REJECTED', comment: 'x' }))).toBe(
      'CONFLICT',
    );
  });

  it('the firm may let claimed answers count for a client', async () => {
    await answer({ profileHasImprint: true });
    expect(await status('WA-IMPRINT')).toBe('UNKNOWN');
    expect(
      code(
        await sut.gql(
          POLICY,
          { clientId, input: { acceptClaimedAnswers: true, reattestationMonths: 12 } },
          { token: admin.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    must(
      await sut.gql(
        POLICY,
        { clientId, input: { acceptClaimedAnswers: true, reattestationMonths: 12 } },
        { token: firm.token },
      ),
    );
    expect(await status('WA-IMPRINT')).toBe('PASS');
    must(
      await sut.gql(
        POLICY,
        { clientId, input: { acceptClaimedAnswers: false, reattestationMonths: 12 } },
        { token: firm.token },
      ),
    );
    expect(await status('WA-IMPRINT')).toBe('UNKNOWN');
  });

  it('rejecting an answer opens a task for the client; answering again closes it', async () => {
    await answer({ addressBookOnlyConsentingContacts: true });
    expect(code(await review('addressBookOnlyConsentingContacts', { decision: 'REJECTED' }))).toBe(
      'BAD_USER_INPUT',
    );
    const rejected = must(
      await review('addressBookOnlyConsentingContacts', {
        decision: 'REJECTED',
        comment: 'Im Adressbuch stehen auch Lieferanten ohne Einwilligung.',
      }),
    ).reviewAnswer;
    expect(rejected).toMatchObject({
      state: 'REJECTED',
      reviewComment: 'Im Adressbuch stehen auch Lieferanten ohne Einwilligung.',
    });
    expect(await status('WA-ADDRESS-BOOK')).toBe('UNKNOWN');
    const open = (await tasks()).filter((t) => t.source === 'ATTESTATION');
    expect(open).toEqual([
      expect.objectContaining({
        status: 'OPEN',
        title: expect.stringContaining('Antwort abgelehnt') as string,
      }),
    ]);
    expect(open[0].description).toContain('Lieferanten ohne Einwilligung');
    await answer({ addressBookOnlyConsentingContacts: true });
    expect((await tasks()).filter((t) => t.source === 'ATTESTATION').map((t) => t.status)).toEqual(['DONE']);
  });

  it('evidence: a document of the client, attached to an answer by the client admin', async () => {
    const documentId = must(
      await sut.gql<{ createDocument: { id: string } }>(
        `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
        { input: { clientId, title: 'Screenshot Unternehmensprofil', type: 'EVIDENCE' } },
        { token: admin.token },
      ),
    ).createDocument.id;
    const attached = must(
      await sut.gql<{ attachAnswerEvidence: Attestation }>(
        EVIDENCE,
        { accountId, key: 'profileHasImprint', documentId },
        { token: admin.token },
      ),
    ).attachAnswerEvidence;
    expect(attached.evidenceDocumentId).toBe(documentId);
    const elsewhere = await createClient(sut, firm.token);
    const foreignDocument = must(
      await sut.gql<{ createDocument: { id: string } }>(
        `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
        { input: { clientId: elsewhere, title: 'Fremd', type: 'EVIDENCE' } },
        { token: firm.token },
      ),
    ).createDocument.id;
    expect(
      code(
        await sut.gql(
          EVIDENCE,
          { accountId, key: 'profileHasImprint', documentId: foreignDocument },
          { token: firm.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(await sut.gql(EVIDENCE, { accountId, key: 'sendsMarketing', documentId }, { token: firm.token })),
    ).toBe('BAD_USER_INPUT');
  });

  it('an expired attestation falls back to UNKNOWN with a task; answering again restores it', async () => {
    expect(await status('WA-CONTACT-SYNC')).toBe('PASS');
    // Thirteen months ago (the default period is 12 months).
    await withOwner(sut, (db) =>
      db.query(
        `UPDATE answer_attestation SET answered_at = now() - interval '13 months' WHERE account_id = $1 AND answer_key = 'contactSyncDisabled'`,
        [accountId],
      ),
    );
    await sut.app
      .get(JobsService)
      .forEachTenant(
        'test-attestations',
        async (ctx) => void (await sut.app.get(AttestationService).sweepExpired(ctx)),
      );
    expect(await status('WA-CONTACT-SYNC')).toBe('UNKNOWN');
    const reattest = (await tasks()).filter((t) => t.title.startsWith('Fragebogen erneut beantworten'));
    expect(reattest.map((t) => t.status)).toEqual(['OPEN']);
    expect(reattest[0].description).toContain('Adressbuch des Geräts deaktiviert');

    // The firm's own answer is VERIFIED at once and restores the rule.
    const again = await answer({ contactSyncDisabled: true }, firm.token);
    expect(again.find((a) => a.key === 'contactSyncDisabled')).toMatchObject({
      state: 'VERIFIED',
      expired: false,
    });
    expect(await status('WA-CONTACT-SYNC')).toBe('PASS');
    expect(
      (await tasks()).filter((t) => t.title.startsWith('Fragebogen erneut beantworten')).map((t) => t.status),
    ).toEqual(['DONE']);
  });
});
