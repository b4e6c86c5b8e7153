import { signUpFirm, type Firm } from '../support/factories';
import { TEST_PHONES } from '../support/sensitive-values';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

// The public intake form of a client for data subject requests (docs/legal-clocks.md § Online intake form).
const SETTINGS = `query ($clientId: ID!) { dataSubjectRequestIntake(clientId: $clientId) { enabled url } }`;
const CONFIGURE = `mutation ($clientId: ID!, $enabled: Boolean!, $newLink: Boolean) {
  setDataSubjectRequestIntake(clientId: $clientId, enabled: $enabled, newLink: $newLink) { enabled url } }`;
const DESCRIBE = `query ($token: String!) { publicDataSubjectRequestIntake(token: $token) { clientName types } }`;
const SUBMIT = `mutation ($token: String!, $input: SubmitDataSubjectRequestInput!) {
  submitDataSubjectRequest(token: $token, input: $input) { reference receivedAt dueOn } }`;
const REQUEST = `query ($id: ID!) { dataSubjectRequest(id: $id) { type channel identityStatus maskedPhoneNumber description contact dueOn } }`;
const TASKS = `query ($clientId: ID!) { tasks(filter: { clientId: $clientId }) { edges { node { title dueAt source } } } }`;

type Settings = { enabled: boolean; url: string | null };
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];
const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const tokenOf = (url: string | null): string => url?.split('/anfrage/')[1] ?? '';
const ANNA = { type: 'ACCESS', name: 'Anna Beispiel', email: 'anna.beispiel@example.test' };

describe('Public intake form for data subject requests', () => {
  let sut: TestApp;
  let firm: Firm;
  let other: Firm;
  let clientId: string;
  let ip = 0;
  // Each call from its own address (192.0.2.0/24, for documentation), unless a test wants the same one.
  const nextIp = (): string => `192.0.2.${++ip}`;

  const configure = async (enabled: boolean, newLink = false, token = firm.token): Promise<Settings> =>
    must(
      await sut.gql<{ setDataSubjectRequestIntake: Settings }>(
        CONFIGURE,
        { clientId, enabled, newLink },
        { token },
      ),
    ).setDataSubjectRequestIntake;
  const submit = (token: string, input: Record<string, unknown>, from = nextIp()) =>
    sut.gql<{ submitDataSubjectRequest: { reference: string; receivedAt: string; dueOn: string } }>(
      SUBMIT,
      { token, input },
      { headers: { 'x-forwarded-for': from } },
    );

  beforeAll(async () => {
    sut = await startTestApp({ TRUST_PROXY: 'true', REQUEST_INTAKE_MAX_PER_IP: '3' });
    firm = await signUpFirm(sut);
    other = await signUpFirm(sut);
    clientId = must(
      await sut.gql<{ createClient: { id: string } }>(
        `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
        { input: { name: 'Optik Lindner', federalState: 'BW' } },
        { token: firm.token },
      ),
    ).createClient.id;
  });
  afterAll(() => sut.close());

  it('is off until enabled; then a person submits a request that is logged with its deadline and task', async () => {
    expect(
      must(
        await sut.gql<{ dataSubjectRequestIntake: Settings }>(SETTINGS, { clientId }, { token: firm.token }),
      ).dataSubjectRequestIntake,
    ).toEqual({ enabled: false, url: null });
    const settings = await configure(true);
    // PUBLIC_URL unset in tests: the base is the default one.
    expect(settings.url).toMatch(/^https?:\/\/[^/]+\/anfrage\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(settings.url);

    const form = must(
      await sut.gql<{ publicDataSubjectRequestIntake: { clientName: string; types: string[] } }>(DESCRIBE, {
        token,
      }),
    ).publicDataSubjectRequestIntake;
    expect(form.clientName).toBe('Optik Lindner');
    expect(form.types).toContain('ERASURE');

    const submitted = must(
      await submit(token, {
        ...ANNA,
        phoneNumber: TEST_PHONES.intakePerson,
        message: 'Bitte teilen Sie mir mit, welche Daten Sie über mich speichern.',
      }),
    ).submitDataSubjectRequest;
    expect(submitted.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const request = must(
      await sut.gql<{ dataSubjectRequest: Record<string, unknown> }>(
        REQUEST,
        { id: submitted.reference },
        { token: firm.token },
      ),
    ).dataSubjectRequest;
    expect(request).toEqual({
      type: 'ACCESS',
      channel: 'WEB_FORM',
      identityStatus: 'PENDING',
      maskedPhoneNumber: '+49 151 ••••845',
      description: 'Bitte teilen Sie mir mit, welche Daten Sie über mich speichern.',
      contact: 'Anna Beispiel <anna.beispiel@example.test>',
      dueOn: submitted.dueOn,
    });
    const tasks = must(
      await sut.gql<{ tasks: { edges: { node: { source: string } }[] } }>(
        TASKS,
        { clientId },
        { token: firm.token },
      ),
    ).tasks.edges.map((e) => e.node.source);
    expect(tasks).toContain('DATA_SUBJECT_REQUEST');

    // At rest the contact is sealed: neither the e-mail nor the name is in the row.
    const [row] = await withOwner(
      sut,
      async (db) =>
        (
          await db.query<{ contact: string; description: string }>(
            `SELECT encode(contact_encrypted, 'escape') AS contact, description FROM data_subject_request WHERE id = $1`,
            [submitted.reference],
          )
        ).rows,
    );
    expect(row?.contact).not.toContain('anna.beispiel');
    expect(row?.contact).not.toContain('Anna');

    const audit = await withOwner(
      sut,
      async (db) =>
        (
          await db.query<{ action: string; actor_type: string; actor_label: string }>(
            `SELECT action, actor_type, actor_label FROM audit_event WHERE tenant_id = $1 AND entity_id = $2`,
            [firm.tenantId, submitted.reference],
          )
        ).rows,
    );
    expect(audit).toEqual([
      { action: 'data_subject_request.created', actor_type: 'PUBLIC', actor_label: 'request-intake-form' },
    ]);
  });

  it('refuses bad input with the field named, and an invalid number', async () => {
    const token = tokenOf((await configure(true)).url);
    const bad = await submit(token, { ...ANNA, email: 'keine-adresse' });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('email');
    expect(code(await submit(token, { ...ANNA, phoneNumber: '12' }))).toBe('BAD_USER_INPUT');
  });

  it('answers a disabled form, a replaced link and a made-up token with the same NOT_FOUND', async () => {
    const old = tokenOf((await configure(true)).url);
    const fresh = tokenOf((await configure(true, true)).url);
    expect(fresh).not.toBe(old);
    expect(code(await sut.gql(DESCRIBE, { token: old }))).toBe('NOT_FOUND');
    expect(code(await submit(old, ANNA))).toBe('NOT_FOUND');
    expect(code(await sut.gql(DESCRIBE, { token: 'A'.repeat(43) }))).toBe('NOT_FOUND');
    expect(code(await sut.gql(DESCRIBE, { token: 'kurz' }))).toBe('NOT_FOUND');
    await configure(false);
    expect(code(await sut.gql(DESCRIBE, { token: fresh }))).toBe('NOT_FOUND');
    expect(code(await submit(fresh, ANNA))).toBe('NOT_FOUND');
    const again = await configure(true);
    expect(tokenOf(again.url)).toBe(fresh);
  });

  it('limits submissions per IP', async () => {
    const token = tokenOf((await configure(true)).url);
    const from = nextIp();
    for (let i = 0; i < 3; i += 1) expect(code(await submit(token, ANNA, from))).toBeUndefined();
    expect(code(await submit(token, ANNA, from))).toBe('RATE_LIMITED');
    expect(code(await submit(token, ANNA, nextIp()))).toBeUndefined();
  });

  it("another firm cannot see or switch this client's form", async () => {
    expect(code(await sut.gql(SETTINGS, { clientId }, { token: other.token }))).toBe('NOT_FOUND');
    expect(code(await sut.gql(CONFIGURE, { clientId, enabled: false }, { token: other.token }))).toBe(
      'NOT_FOUND',
    );
    expect(
      must(
        await sut.gql<{ dataSubjectRequestIntake: Settings }>(SETTINGS, { clientId }, { token: firm.token }),
      ).dataSubjectRequestIntake.enabled,
    ).toBe(true);
  });
});
