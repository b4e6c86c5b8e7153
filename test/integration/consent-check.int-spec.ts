import { createHmac } from 'node:crypto';
import { createApiKey } from '../support/api-keys';
import { createClient, signUpFirm, type Firm } from '../support/factories';
import { TEST_PHONES } from '../support/sensitive-values';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

const TEXT = 'Ich willige ein, dass die Gärtnerei Grün mir Angebote per WhatsApp sendet. Widerruf jederzeit.';
const STATUS = `query ($c: ID!, $p: String!, $purpose: ConsentPurpose!) { consentStatus(clientId: $c, phoneNumber: $p, purpose: $purpose) {
  phoneNumber allowed status since consentTextVersionId } }`;
const STATUSES = `query ($c: ID!, $p: [String!]!, $purpose: ConsentPurpose!) { consentStatuses(clientId: $c, phoneNumbers: $p, purpose: $purpose) {
  phoneNumber allowed status } }`;

type Check = {
  phoneNumber: string;
  allowed: boolean;
  status: string | null;
  since: string | null;
  consentTextVersionId: string | null;
};

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];

describe('Consent check: consentStatus and consentStatuses for the sending code', () => {
  let sut: TestApp;
  let firm: Firm;
  let clientId: string;
  let textId: string;
  let key: string;

  const gql = <T = Record<string, never>>(
    query: string,
    variables: Record<string, unknown>,
    token = key,
  ): Promise<GqlResult<T & Record<string, unknown>>> => sut.gql(query, variables, { token });

  const record = async (phone: string): Promise<void> => {
    must(
      await gql(
        `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            clientId,
            phoneNumber: phone,
            purposes: ['MARKETING'],
            consentTextVersionId: textId,
            confirmedAt: new Date(Date.now() - 60_000).toISOString(),
            source: 'PAPER',
          },
        },
        firm.token,
      ),
    );
  };

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Gärtnerei Grün');
    textId = must(
      await gql<{ publishConsentText: { id: string } }>(
        `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
        { input: { clientId, language: 'de', purposes: ['MARKETING'], title: 'Angebote', text: TEXT } },
        firm.token,
      ),
    ).publishConsentText.id;
    await record(TEST_PHONES.checkConfirmed);
    await record(TEST_PHONES.checkWithdrawn);
    await record(TEST_PHONES.checkExpired);
    must(
      await gql(
        `mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { status } }`,
        { input: { clientId, phoneNumber: TEST_PHONES.checkWithdrawn } },
        firm.token,
      ),
    );
    must(
      await gql(
        `mutation ($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`,
        {
          input: {
            clientId,
            phoneNumber: TEST_PHONES.checkPending,
            purposes: ['MARKETING'],
            consentTextVersionId: textId,
          },
        },
        firm.token,
      ),
    );
    key = (await createApiKey(sut, firm.token, { name: 'Versand', scopes: ['CONSENTS_READ'], clientId }))
      .secret;
  });
  afterAll(() => sut.close());

  it('allows a confirmed number only, with its status, since and text version', async () => {
    const confirmed = must(
      await gql(STATUS, { c: clientId, p: TEST_PHONES.checkConfirmed, purpose: 'MARKETING' }),
    ).consentStatus as Check;
    expect(confirmed).toEqual({
      phoneNumber: TEST_PHONES.checkConfirmed,
      allowed: true,
      status: 'CONFIRMED',
      since: expect.any(String),
      consentTextVersionId: textId,
    });
    const expectations: [string, string | null][] = [
      [TEST_PHONES.checkWithdrawn, 'WITHDRAWN'],
      [TEST_PHONES.checkPending, 'PENDING'],
      [TEST_PHONES.checkUnknown, null],
    ];
    for (const [phone, status] of expectations) {
      const check = must(await gql(STATUS, { c: clientId, p: phone, purpose: 'MARKETING' }))
        .consentStatus as Check;
      expect({ allowed: check.allowed, status: check.status }).toEqual({ allowed: false, status });
    }
    // Another purpose than the one consented to.
    const service = must(
      await gql(STATUS, { c: clientId, p: TEST_PHONES.checkConfirmed, purpose: 'SERVICE' }),
    ).consentStatus as Check;
    expect(service).toEqual(expect.objectContaining({ allowed: false, status: null }));
    expect(code(await gql(STATUS, { c: clientId, p: 'keine Nummer', purpose: 'MARKETING' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('an expired record is not allowed', async () => {
    const phoneIndex = indexOf(TEST_PHONES.checkExpired);
    await withOwner(sut, (db) =>
      db.query(
        `UPDATE consent_record r SET status = 'EXPIRED', updated_at = now() FROM consent_subject s
          WHERE r.subject_id = s.id AND r.tenant_id = $1 AND r.client_id = $2 AND r.status = 'CONFIRMED'
            AND s.phone_index = $3`,
        [firm.tenantId, clientId, phoneIndex],
      ),
    );
    const check = must(await gql(STATUS, { c: clientId, p: TEST_PHONES.checkExpired, purpose: 'MARKETING' }))
      .consentStatus as Check;
    expect({ allowed: check.allowed, status: check.status }).toEqual({ allowed: false, status: 'EXPIRED' });
  });

  it('answers 1,000 numbers in the order asked, unparsable ones not allowed', async () => {
    const asked = [
      TEST_PHONES.checkPending,
      'keine Nummer',
      TEST_PHONES.checkConfirmed,
      ...Array.from({ length: 996 }, (_, i) => `+49 151 3${String(i).padStart(7, '0')}`),
      TEST_PHONES.checkWithdrawn,
    ];
    expect(asked).toHaveLength(1000);
    const checks = must(await gql(STATUSES, { c: clientId, p: asked, purpose: 'MARKETING' }))
      .consentStatuses as Check[];
    expect(checks).toHaveLength(1000);
    expect(checks.map((c) => c.phoneNumber)).toEqual(asked);
    expect(checks.slice(0, 3)).toEqual([
      { phoneNumber: TEST_PHONES.checkPending, allowed: false, status: 'PENDING' },
      { phoneNumber: 'keine Nummer', allowed: false, status: null },
      { phoneNumber: TEST_PHONES.checkConfirmed, allowed: true, status: 'CONFIRMED' },
    ]);
    expect(checks.filter((c) => c.allowed)).toHaveLength(1);
    expect(checks.at(-1)).toEqual({
      phoneNumber: TEST_PHONES.checkWithdrawn,
      allowed: false,
      status: 'WITHDRAWN',
    });
    const tooMany = await gql(STATUSES, {
      c: clientId,
      p: [...asked, TEST_PHONES.checkUnknown],
      purpose: 'MARKETING',
    });
    expect(code(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('needs consents:read, and sees nothing of another firm', async () => {
    const clientsOnly = (
      await createApiKey(sut, firm.token, { name: 'Nur Mandanten', scopes: ['CLIENTS_READ'] })
    ).secret;
    expect(
      code(
        await gql(STATUS, { c: clientId, p: TEST_PHONES.checkConfirmed, purpose: 'MARKETING' }, clientsOnly),
      ),
    ).toBe('FORBIDDEN');
    const other = await signUpFirm(sut);
    const otherKey = (await createApiKey(sut, other.token, { name: 'Fremd', scopes: ['CONSENTS_READ'] }))
      .secret;
    const foreign = await gql(
      STATUS,
      { c: clientId, p: TEST_PHONES.checkConfirmed, purpose: 'MARKETING' },
      otherKey,
    );
    expect(code(foreign)).toBe('NOT_FOUND');
    const foreignBatch = await gql(
      STATUSES,
      { c: clientId, p: [TEST_PHONES.checkConfirmed], purpose: 'MARKETING' },
      otherKey,
    );
    expect(code(foreignBatch)).toBe('NOT_FOUND');
  });

  const indexOf = (phone: string): string => {
    const e164 = `+${phone.replace(/\D/g, '')}`;
    return createHmac('sha256', sut.secrets.blindIndexKey)
      .update(`consent:${clientId}:${e164}`)
      .digest('hex');
  };
});
