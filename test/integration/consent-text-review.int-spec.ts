import { addMember, createClient, signUpFirm, type Firm } from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const REVIEW = `checkId severity message messageEn legalReference purpose start end`;
const LINT = `query ($input: LintConsentTextInput!) { lintConsentText(input: $input) {
  findings { ${REVIEW} } readability { formula score threshold sentences words } highestSeverity blocking } }`;
const PUBLISH = `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) {
  id version findings { ${REVIEW} } readabilityScore } }`;
const TEXTS = `query ($clientId: ID!) { consentTexts(clientId: $clientId) { version findings { checkId } readabilityScore } }`;
const COMPLIANCE = `query ($id: ID!) { client(id: $id) { compliance { findings { ruleId status } } } }`;
const TASKS = `query ($clientId: ID!) { tasks(filter: { clientId: $clientId }) { edges { node { ruleId status } } } }`;
const AUDIT = `{ auditEvents(filter: { action: "consent_text.published" }) { edges { node { entityId changes } } } }`;
const VERIFY = `query { verifyAuditChain { valid checkedCount } }`;

type Finding = {
  checkId: string;
  severity: string;
  message: string;
  messageEn: string;
  legalReference: string;
  purpose: string | null;
  start: number | null;
  end: number | null;
};

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];

const GOOD = [
  'Ja, ich möchte von der Gärtnerei Rosenhag per WhatsApp Angebote und Neuigkeiten bekommen.',
  'WhatsApp gehört zu Meta. Meta verarbeitet dabei Daten, auch in den USA.',
  'Die Einwilligung ist freiwillig.',
  'Ich kann sie jederzeit widerrufen: Ich schreibe einfach STOP.',
  'Mehr steht in der Datenschutzerklärung.',
].join(' ');
const BUNDLED = [
  'Ja, ich möchte von der Gärtnerei Rosenhag per WhatsApp Antworten auf meine Fragen bekommen.',
  'Außerdem erhalte ich den Newsletter mit Rabatten.',
  'Mit der Anmeldung akzeptiere ich die AGB.',
  'WhatsApp gehört zu Meta. Meta verarbeitet dabei Daten, auch in den USA.',
  'Mehr steht in der Datenschutzerklärung.',
].join(' ');

describe('Consent-text review: lintConsentText, findings stored at publication, CONSENT-TEXT', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;
  let clientId: string;

  const lint = (input: Record<string, unknown>, token = firm.token) =>
    sut.gql<{
      lintConsentText: {
        findings: Finding[];
        readability: { formula: string; score: number; threshold: number; sentences: number; words: number };
        highestSeverity: string | null;
        blocking: boolean;
      };
    }>(LINT, { input: { clientId, language: 'de', purposes: ['MARKETING'], ...input } }, { token });
  const publish = async (text: string, purposes: string[], title: string | null = null) =>
    must(
      await sut.gql<{
        publishConsentText: { id: string; version: number; findings: Finding[]; readabilityScore: number };
      }>(PUBLISH, { input: { clientId, language: 'de', purposes, text, title } }, { token: firm.token }),
    ).publishConsentText;
  const consentTextRule = async (): Promise<string | undefined> =>
    must(
      await sut.gql<{ client: { compliance: { findings: { ruleId: string; status: string }[] } } }>(
        COMPLIANCE,
        { id: clientId },
        { token: firm.token },
      ),
    ).client.compliance.findings.find((f) => f.ruleId === 'CONSENT-TEXT')?.status;
  const ruleTasks = async (): Promise<string[]> =>
    must(
      await sut.gql<{ tasks: { edges: { node: { ruleId: string | null; status: string } }[] } }>(
        TASKS,
        { clientId },
        { token: firm.token },
      ),
    )
      .tasks.edges.map((e) => e.node)
      .filter((t) => t.ruleId === 'CONSENT-TEXT')
      .map((t) => t.status);

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Gärtnerei Rosenhag GmbH');
  });
  afterAll(() => sut.close());

  it('reviews a draft: each finding with severity, both messages, the legal reference and the passage', async () => {
    const review = must(await lint({ text: BUNDLED, purposes: ['SERVICE'] })).lintConsentText;
    expect(review.findings.map((f) => [f.checkId, f.severity])).toEqual([
      ['MARKETING_SEPARATE', 'HIGH'],
      ['WITHDRAWAL', 'HIGH'],
      ['NO_TERMS_BUNDLING', 'HIGH'],
    ]);
    const [marketing, withdrawal, terms] = review.findings;
    expect(BUNDLED.slice(marketing.start ?? 0, marketing.end ?? 0)).toBe(
      'Außerdem erhalte ich den Newsletter mit Rabatten.',
    );
    expect(BUNDLED.slice(terms.start ?? 0, terms.end ?? 0)).toBe('Mit der Anmeldung akzeptiere ich die AGB.');
    expect(terms.legalReference).toContain('Art. 7 Abs. 2, Abs. 4 DSGVO');
    expect(withdrawal).toMatchObject({ start: null, end: null, legalReference: 'Art. 7 Abs. 3 DSGVO' });
    expect(withdrawal.message).toContain('jederzeit widerrufen');
    expect(withdrawal.messageEn).toContain('withdrawn at any time');
    expect(review).toMatchObject({ highestSeverity: 'HIGH', blocking: true });
    expect(review.readability).toMatchObject({ formula: 'FLESCH_AMSTAD', threshold: 30, sentences: 6 });

    // A review stores nothing.
    expect(
      must(await sut.gql<{ consentTexts: unknown[] }>(TEXTS, { clientId }, { token: firm.token }))
        .consentTexts,
    ).toEqual([]);
  });

  it('a good text has no finding; the controller is the client, so another client’s text is flagged', async () => {
    expect(must(await lint({ text: GOOD })).lintConsentText).toMatchObject({
      findings: [],
      highestSeverity: null,
      blocking: false,
    });
    const elsewhere = await createClient(sut, firm.token, 'Baumschule Eichenlaub');
    const review = must(await lint({ text: GOOD, clientId: elsewhere })).lintConsentText;
    expect(review.findings.map((f) => f.checkId)).toEqual(['CONTROLLER_NAMED']);
  });

  it('refuses another firm, a bad language, and a client user of another client', async () => {
    expect(code(await lint({ text: GOOD }, other.token))).toBe('NOT_FOUND');
    expect(code(await lint({ text: GOOD, language: 'fr' }))).toBe('BAD_USER_INPUT');
    const elsewhere = await createClient(sut, firm.token);
    const stranger = await addMember(sut, firm.token, 'CLIENT_ADMIN', elsewhere);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code(await lint({ text: GOOD }, stranger.token)));
    const own = await addMember(sut, firm.token, 'CLIENT_VIEWER', clientId);
    expect(must(await lint({ text: GOOD }, own.token)).lintConsentText.findings).toEqual([]);
  });

  it('publishing stores the findings with the version; CONSENT-TEXT fails (with a task) until a fixed version replaces it', async () => {
    expect(await consentTextRule()).toBe('NOT_APPLICABLE');

    const good = await publish(GOOD, ['MARKETING'], 'WhatsApp-Newsletter');
    expect(good).toMatchObject({ version: 1, findings: [] });
    expect(good.readabilityScore).toBeGreaterThanOrEqual(30);
    expect(await consentTextRule()).toBe('PASS');

    const flawed = await publish(BUNDLED, ['SERVICE'], 'Service');
    expect(flawed.findings.map((f) => f.checkId)).toEqual([
      'MARKETING_SEPARATE',
      'WITHDRAWAL',
      'NO_TERMS_BUNDLING',
    ]);
    // Offsets point into the text, not the heading.
    const terms = flawed.findings[2];
    expect(BUNDLED.slice(terms.start ?? 0, terms.end ?? 0)).toBe('Mit der Anmeldung akzeptiere ich die AGB.');
    expect(await consentTextRule()).toBe('FAIL');
    expect(await ruleTasks()).toEqual(['OPEN']);

    const stored = must(
      await sut.gql<{ consentTexts: { version: number; findings: { checkId: string }[] }[] }>(
        TEXTS,
        { clientId },
        { token: firm.token },
      ),
    ).consentTexts;
    expect(stored.map((t) => [t.version, t.findings.length])).toEqual([
      [2, 3],
      [1, 0],
    ]);

    // The SERVICE purpose gets a fixed text: its newest text decides.
    await publish(GOOD.replace('Angebote und Neuigkeiten', 'Antworten auf meine Fragen'), ['SERVICE']);
    expect(await consentTextRule()).toBe('PASS');
    expect(await ruleTasks()).toEqual(['DONE']);

    const audit = must(
      await sut.gql<{ auditEvents: { edges: { node: { entityId: string; changes: string } }[] } }>(
        AUDIT,
        {},
        { token: firm.token },
      ),
    ).auditEvents.edges.map((e) => e.node);
    const published = audit.find((e) => e.entityId === flawed.id);
    expect(JSON.stringify(published?.changes)).toContain('HIGH NO_TERMS_BUNDLING');
    expect(
      must(await sut.gql<{ verifyAuditChain: { valid: boolean } }>(VERIFY, {}, { token: firm.token }))
        .verifyAuditChain.valid,
    ).toBe(true);
  });
});
