import { Client } from 'pg';
import { generateSync } from 'otplib';
import { addMember, createClient, signUpFirm, STRONG_PASSWORD, type Firm } from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const code = (result: GqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.['code'];
const nextStep = (secret: string, steps: number): string =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * steps });

/** The firm's two-factor policy (issue 25, point 5) and one-time recovery codes. */
describe('Two-factor policy and recovery codes', () => {
  let sut: TestApp;
  let firm: Firm;

  const login = async (email: string, totpCode?: string) => {
    const response = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { email, password: STRONG_PASSWORD, totpCode } },
      }),
    });
    const body = (await response.json()) as GqlResult<{ login: { accessToken: string } }>;
    return {
      body,
      token: body.data?.login.accessToken ?? '',
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    };
  };
  const refresh = async (cookie: string): Promise<string> => {
    const response = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation { refreshToken { accessToken } }' }),
    });
    return ((await response.json()) as { data: { refreshToken: { accessToken: string } } }).data.refreshToken
      .accessToken;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
  });
  afterAll(() => sut.close());

  it('sends staff without a second factor to set one up before anything else; client users are not affected', async () => {
    const clientId = await createClient(sut, firm.token, 'Portal GmbH');
    const dpo = await addMember(sut, firm.token, 'DPO');
    const portal = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId);
    const byDpo = await sut.gql('mutation { setRequireTwoFactor(required: true) }', {}, { token: dpo.token });
    expect(code(byDpo)).toBe('FORBIDDEN');
    const set = await sut.gql('mutation { setRequireTwoFactor(required: true) }', {}, { token: firm.token });
    expect(set.data).toEqual({ setRequireTwoFactor: true });

    const session = await login(dpo.email);
    const me = await sut.gql<{
      me: { twoFactorSetupRequired: boolean; tenant: { requireTwoFactor: boolean } };
    }>('{ me { twoFactorSetupRequired tenant { requireTwoFactor } } }', {}, { token: session.token });
    expect(me.data?.me).toEqual({ twoFactorSetupRequired: true, tenant: { requireTwoFactor: true } });
    const blocked = await sut.gql('{ clients { totalCount } }', {}, { token: session.token });
    expect(code(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors?.[0]?.message).toMatch(/requires two-factor sign-in: set it up first/);

    const setup = await sut.gql<{ enableTotp: { secret: string } }>(
      'mutation { enableTotp { secret } }',
      {},
      {
        token: session.token,
      },
    );
    const secret = setup.data?.enableTotp.secret ?? '';
    const confirmed = await sut.gql<{ confirmTotp: { totpEnabled: boolean } }>(
      'mutation ($i: TotpCodeInput!) { confirmTotp(input: $i) { totpEnabled } }',
      { i: { code: generateSync({ secret }) } },
      { token: session.token },
    );
    expect(confirmed.data?.confirmTotp.totpEnabled).toBe(true);
    const fresh = await refresh(session.cookie);
    expect(code(await sut.gql('{ clients { totalCount } }', {}, { token: fresh }))).toBeUndefined();

    // Client users keep working without a second factor.
    const portalSession = await login(portal.email);
    expect(
      code(await sut.gql('{ clients { totalCount } }', {}, { token: portalSession.token })),
    ).toBeUndefined();
    await sut.gql('mutation { setRequireTwoFactor(required: false) }', {}, { token: firm.token });
  });

  it('signs in once with each of ten recovery codes instead of a TOTP code; new codes replace the old', async () => {
    const person = await addMember(sut, firm.token, 'DPO');
    const setup = await sut.gql<{ enableTotp: { secret: string } }>(
      'mutation { enableTotp { secret } }',
      {},
      {
        token: person.token,
      },
    );
    const secret = setup.data?.enableTotp.secret ?? '';
    await sut.gql(
      'mutation ($i: TotpCodeInput!) { confirmTotp(input: $i) { totpEnabled } }',
      {
        i: { code: generateSync({ secret }) },
      },
      { token: person.token },
    );
    const generated = await sut.gql<{ generateRecoveryCodes: string[] }>(
      'mutation ($i: TotpCodeInput!) { generateRecoveryCodes(input: $i) }',
      { i: { code: nextStep(secret, 1) } },
      { token: person.token },
    );
    const codes = generated.data?.generateRecoveryCodes ?? [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

    const first = await login(person.email, codes[0]);
    expect(first.token).not.toBe('');
    const again = await login(person.email, codes[0]);
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await login(person.email, codes[1]?.toUpperCase())).token).not.toBe('');

    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    try {
      const stored = await db.query<{ code_hash: string; used: boolean }>(
        'SELECT code_hash, used_at IS NOT NULL AS used FROM recovery_code WHERE user_id = $1',
        [person.userId],
      );
      expect(stored.rows).toHaveLength(10);
      expect(stored.rows.filter((row) => row.used)).toHaveLength(2);
      expect(stored.rows.some((row) => codes.includes(row.code_hash))).toBe(false);
      const audit = await db.query(
        'SELECT 1 FROM audit_event WHERE tenant_id = $1 AND action = $2 AND entity_id = $3',
        [firm.tenantId, 'auth.recovery_code_used', person.userId],
      );
      expect(audit.rowCount).toBe(2);
      // As if the next 30-second step had come: a TOTP code is accepted once per step.
      await db.query('UPDATE app_user SET totp_last_step = NULL WHERE id = $1', [person.userId]);
    } finally {
      await db.end();
    }

    const replaced = await sut.gql<{ generateRecoveryCodes: string[] }>(
      'mutation ($i: TotpCodeInput!) { generateRecoveryCodes(input: $i) }',
      { i: { code: nextStep(secret, 0) } },
      { token: person.token },
    );
    expect(replaced.data?.generateRecoveryCodes).toHaveLength(10);
    expect((await login(person.email, codes[2])).body.errors?.[0]?.extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
    expect((await login(person.email, replaced.data?.generateRecoveryCodes[0])).token).not.toBe('');
  });
});
