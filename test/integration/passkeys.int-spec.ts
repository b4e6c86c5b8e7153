import type { Client } from 'pg';
import { addMember, signUpFirm, STRONG_PASSWORD, type Firm } from '../support/factories';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';
import { softwarePasskey, strayChallenge, type SoftwarePasskey } from '../support/webauthn-authenticator';

const ORIGIN = 'http://localhost:3000';
const code = (result: GqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.['code'];

/** Passkeys (WebAuthn) as a sign-in method and as the second factor after a password, through the real stack. */
describe('Passkeys', () => {
  let sut: TestApp;
  let firm: Firm;

  const registrationOptions = async (token: string): Promise<string> => {
    const result = await sut.gql<{ passkeyRegistrationOptions: string }>(
      'mutation { passkeyRegistrationOptions }',
      {},
      { token },
    );
    return result.data?.passkeyRegistrationOptions ?? '';
  };
  const register = (token: string, response: string, name = 'Laptop') =>
    sut.gql<{ registerPasskey: { id: string; name: string } }>(
      'mutation ($i: RegisterPasskeyInput!) { registerPasskey(input: $i) { id name } }',
      { i: { response, name } },
      { token },
    );
  /** A new software passkey registered for the signed-in user. */
  const enrol = async (token: string, name = 'Laptop'): Promise<SoftwarePasskey & { id: string }> => {
    const passkey = softwarePasskey(ORIGIN);
    const result = await register(token, passkey.register(await registrationOptions(token)), name);
    if (!result.data) throw new Error(`registerPasskey failed: ${JSON.stringify(result.errors)}`);
    return Object.assign(passkey, { id: result.data.registerPasskey.id });
  };
  const loginOptions = async (email?: string): Promise<string> => {
    const result = await sut.gql<{ passkeyLoginOptions: string }>(
      'mutation ($i: PasskeyLoginOptionsInput) { passkeyLoginOptions(input: $i) }',
      { i: email ? { email } : null },
    );
    return result.data?.passkeyLoginOptions ?? '';
  };
  const loginWithPasskey = async (response: string) => {
    const raw = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($r: String!) { loginWithPasskey(response: $r) { accessToken user { id } role } }',
        variables: { r: response },
      }),
    });
    const body = (await raw.json()) as GqlResult<{
      loginWithPasskey: { accessToken: string; user: { id: string }; role: string };
    }>;
    return { body, cookie: raw.headers.get('set-cookie') ?? '' };
  };
  const passwordLogin = (email: string, extra: { totpCode?: string; passkeyResponse?: string } = {}) =>
    sut.gql<{ login: { accessToken: string } }>(
      'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { email, password: STRONG_PASSWORD, ...extra } },
    );
  const db = <T>(work: (client: Client) => Promise<T>): Promise<T> => withOwner(sut, work);

  const failureReasons = (userId: string): Promise<string[]> =>
    db(async (client) =>
      (
        await client.query<{ changes: string }>(
          `SELECT changes FROM audit_event WHERE tenant_id = $1 AND action = 'auth.login_failed' AND entity_id = $2 ORDER BY seq`,
          [firm.tenantId, userId],
        )
      ).rows.map((row) => (JSON.parse(row.changes) as { reason: string }).reason),
    );

  beforeAll(async () => {
    sut = await startTestApp({ PUBLIC_URL: ORIGIN });
    firm = await signUpFirm(sut);
  });
  afterAll(() => sut.close());

  it('registers a passkey, lists it, signs in with it alone (cookie set, audited with the method) and removes it', async () => {
    const member = await addMember(sut, firm.token, 'DPO');
    const options = JSON.parse(await registrationOptions(member.token)) as {
      rp: { id: string };
      authenticatorSelection: { userVerification: string; residentKey: string };
    };
    expect(options.rp.id).toBe('localhost');
    expect(options.authenticatorSelection).toMatchObject({
      userVerification: 'required',
      residentKey: 'required',
    });
    const passkey = await enrol(member.token, '  YubiKey  ');

    const listed = await sut.gql<{ passkeys: { id: string; name: string; lastUsedAt: string | null }[] }>(
      '{ passkeys { id name lastUsedAt createdAt backedUp } }',
      {},
      { token: member.token },
    );
    expect(listed.data?.passkeys).toEqual([
      expect.objectContaining({ id: passkey.id, name: 'YubiKey', lastUsedAt: null }),
    ]);
    // Another user sees none of them.
    const others = await sut.gql<{ passkeys: unknown[] }>('{ passkeys { id } }', {}, { token: firm.token });
    expect(others.data?.passkeys).toEqual([]);

    // Discoverable: no email, any passkey of the site may answer.
    const signedIn = await loginWithPasskey(passkey.assert(await loginOptions()));
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data?.loginWithPasskey).toMatchObject({ user: { id: member.userId }, role: 'DPO' });
    expect(signedIn.cookie).toMatch(/^ks_refresh=.+HttpOnly/);
    const refreshed = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: signedIn.cookie.split(';')[0] ?? '' },
      body: JSON.stringify({ query: 'mutation { refreshToken { user { id } } }' }),
    });
    expect(await refreshed.json()).toEqual({ data: { refreshToken: { user: { id: member.userId } } } });
    const me = await sut.gql<{ me: { user: { id: string } } }>(
      '{ me { user { id } } }',
      {},
      { token: signedIn.body.data?.loginWithPasskey.accessToken },
    );
    expect(me.data?.me.user.id).toBe(member.userId);
    // With the email: the user's passkeys are the allowed ones.
    const byEmail = JSON.parse(await loginOptions(member.email)) as { allowCredentials: { id: string }[] };
    expect(byEmail.allowCredentials.map((c) => c.id)).toEqual([passkey.credentialId]);
    expect((await loginWithPasskey(passkey.assert(JSON.stringify(byEmail)))).body.errors).toBeUndefined();

    const stored = await db(async (client) => {
      const row = await client.query<{ counter: string; last_used_at: Date | null; public_key: Buffer }>(
        'SELECT counter, last_used_at, public_key FROM passkey WHERE id = $1',
        [passkey.id],
      );
      const audit = await client.query<{ action: string; changes: string | null }>(
        `SELECT action, changes FROM audit_event WHERE tenant_id = $1 AND entity_id = $2 AND action IN ('auth.passkey_registered', 'auth.login', 'auth.passkey_removed') ORDER BY seq`,
        [firm.tenantId, member.userId],
      );
      return { row: row.rows[0], audit: audit.rows };
    });
    expect(stored.row?.counter).toBe('2');
    expect(stored.row?.last_used_at).toBeInstanceOf(Date);
    expect(stored.row?.public_key.length).toBeGreaterThan(60);
    expect(stored.audit.map((a) => [a.action, JSON.parse(a.changes ?? 'null')])).toEqual([
      ['auth.passkey_registered', expect.objectContaining({ passkeyId: passkey.id, name: 'YubiKey' })],
      ['auth.login', { method: 'passkey', secondFactor: null }],
      ['auth.login', { method: 'passkey', secondFactor: null }],
    ]);

    const removed = await sut.gql(
      'mutation ($id: ID!) { removePasskey(id: $id) }',
      { id: passkey.id },
      {
        token: member.token,
      },
    );
    expect(removed.data).toEqual({ removePasskey: true });
    const afterRemoval = await loginWithPasskey(passkey.assert(await loginOptions()));
    expect(code(afterRemoval.body)).toBe('UNAUTHENTICATED');
    expect(afterRemoval.body.errors?.[0]?.message).toBe('The passkey was not accepted: sign in again');
  });

  it('refuses a challenge it never handed out, a used one, a registration one and one for another origin', async () => {
    const member = await addMember(sut, firm.token, 'DPO');
    const passkey = await enrol(member.token);

    const stray = await loginWithPasskey(
      passkey.assert(await loginOptions(), { challenge: strayChallenge() }),
    );
    expect(code(stray.body)).toBe('UNAUTHENTICATED');

    const options = await loginOptions();
    const answer = passkey.assert(options);
    expect((await loginWithPasskey(answer)).body.errors).toBeUndefined();
    // The same answer again, and a new signature over the spent challenge.
    expect(code((await loginWithPasskey(answer)).body)).toBe('UNAUTHENTICATED');
    expect(code((await loginWithPasskey(passkey.assert(options))).body)).toBe('UNAUTHENTICATED');

    // A registration challenge does not sign in.
    const registration = JSON.parse(await registrationOptions(member.token)) as { challenge: string };
    const crossed = await loginWithPasskey(
      passkey.assert(await loginOptions(), { challenge: registration.challenge }),
    );
    expect(code(crossed.body)).toBe('UNAUTHENTICATED');

    const phishing = await loginWithPasskey(
      passkey.assert(await loginOptions(), { origin: 'https://klarsicht.example.evil' }),
    );
    expect(code(phishing.body)).toBe('UNAUTHENTICATED');
    const unverified = await loginWithPasskey(passkey.assert(await loginOptions(), { userVerified: false }));
    expect(code(unverified.body)).toBe('UNAUTHENTICATED');
    expect(await failureReasons(member.userId)).toEqual([
      'passkey_challenge',
      'passkey_challenge',
      'passkey_challenge',
      'passkey_challenge',
      'invalid_passkey',
      'invalid_passkey',
    ]);

    // A refused registration answer spends its challenge too.
    const newKey = softwarePasskey(ORIGIN);
    const regOptions = await registrationOptions(member.token);
    const wrongOrigin = await register(
      member.token,
      newKey.register(regOptions, { origin: 'http://evil.test' }),
    );
    expect(code(wrongOrigin)).toBe('BAD_USER_INPUT');
    expect(wrongOrigin.errors?.[0]?.message).toBe('The passkey could not be verified');
    const replayed = await register(member.token, newKey.register(regOptions));
    expect(replayed.errors?.[0]?.message).toBe(
      'The passkey registration has expired or was already used: start again',
    );
    // Another user cannot answer this user's registration challenge.
    const foreign = await register(firm.token, newKey.register(await registrationOptions(member.token)));
    expect(code(foreign)).toBe('BAD_USER_INPUT');
  });

  it("refuses a passkey whose counter went back (a clone) and another user's passkey", async () => {
    const alice = await addMember(sut, firm.token, 'DPO');
    const bob = await addMember(sut, firm.token, 'DPO');
    const alicesKey = await enrol(alice.token);
    const bobsKey = await enrol(bob.token);

    expect(
      (await loginWithPasskey(alicesKey.assert(await loginOptions(), { counter: 5 }))).body.errors,
    ).toBeUndefined();
    const regressed = await loginWithPasskey(alicesKey.assert(await loginOptions(), { counter: 3 }));
    expect(code(regressed.body)).toBe('UNAUTHENTICATED');
    const same = await loginWithPasskey(alicesKey.assert(await loginOptions(), { counter: 5 }));
    expect(code(same.body)).toBe('UNAUTHENTICATED');
    expect(
      (await loginWithPasskey(alicesKey.assert(await loginOptions(), { counter: 6 }))).body.errors,
    ).toBeUndefined();

    // Options for Alice answered with Bob's passkey.
    const forAlice = await loginWithPasskey(bobsKey.assert(await loginOptions(alice.email)));
    expect(code(forAlice.body)).toBe('UNAUTHENTICATED');
    // Alice's password with Bob's passkey as the second factor.
    const mixed = await passwordLogin(alice.email, {
      passkeyResponse: bobsKey.assert(await loginOptions(alice.email)),
    });
    expect(code(mixed)).toBe('UNAUTHENTICATED');
    const mixedDiscoverable = await passwordLogin(alice.email, {
      passkeyResponse: bobsKey.assert(await loginOptions()),
    });
    expect(code(mixedDiscoverable)).toBe('UNAUTHENTICATED');
    // Bob cannot remove Alice's passkey.
    const removal = await sut.gql(
      'mutation ($id: ID!) { removePasskey(id: $id) }',
      { id: alicesKey.id },
      {
        token: bob.token,
      },
    );
    expect(code(removal)).toBe('NOT_FOUND');
    expect(await failureReasons(alice.userId)).toEqual([
      'passkey_counter',
      'passkey_counter',
      'foreign_passkey',
      'foreign_passkey',
    ]);
    // Bob's own sign-in was refused for Alice's challenge: audited for Bob, whose key it was.
    expect(await failureReasons(bob.userId)).toEqual(['foreign_passkey']);
  });

  it('a passkey is the second factor after a password, and satisfies the firm policy instead of TOTP', async () => {
    const member = await addMember(sut, firm.token, 'DPO');
    expect((await passwordLogin(member.email)).errors).toBeUndefined();
    const passkey = await enrol(member.token);

    const asked = await passwordLogin(member.email);
    expect(code(asked)).toBe('UNAUTHENTICATED');
    expect(asked.errors?.[0]?.message).toBe('A passkey is required');
    expect(asked.errors?.[0]?.extensions?.['fields']).toEqual({ passkeyResponse: 'required' });
    const second = await passwordLogin(member.email, {
      passkeyResponse: passkey.assert(await loginOptions(member.email)),
    });
    expect(second.errors).toBeUndefined();
    // A wrong password is refused before the passkey counts.
    const wrongPassword = await sut.gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email: member.email, password: 'wrong', passkeyResponse: passkey.assert(await loginOptions()) },
    });
    expect(wrongPassword.errors?.[0]?.message).toBe('Invalid email or password');

    // The firm requires two factors: staff with a passkey are not sent to set up TOTP, staff without are.
    const withoutAny = await addMember(sut, firm.token, 'DPO');
    await sut.gql('mutation { setRequireTwoFactor(required: true) }', {}, { token: firm.token });
    try {
      const setupRequired = async (token: string) =>
        (
          await sut.gql<{ me: { twoFactorSetupRequired: boolean } }>(
            '{ me { twoFactorSetupRequired } }',
            {},
            { token },
          )
        ).data?.me.twoFactorSetupRequired;
      const byPasskey = await loginWithPasskey(passkey.assert(await loginOptions()));
      expect(await setupRequired(byPasskey.body.data?.loginWithPasskey.accessToken ?? '')).toBe(false);
      const withPassword = await passwordLogin(member.email, {
        passkeyResponse: passkey.assert(await loginOptions(member.email)),
      });
      expect(await setupRequired(withPassword.data?.login.accessToken ?? '')).toBe(false);
      const plain = (await passwordLogin(withoutAny.email)).data?.login.accessToken ?? '';
      expect(await setupRequired(plain)).toBe(true);
      // A passkey is a way to meet the requirement: registering one is allowed before it is met.
      await enrol(plain);
      const after = (await passwordLogin(withoutAny.email, { passkeyResponse: '' })).errors?.[0]?.message;
      expect(after).toBe('A passkey is required');
    } finally {
      await sut.gql('mutation { setRequireTwoFactor(required: false) }', {}, { token: firm.token });
    }
    const audited = await db(async (client) =>
      (
        await client.query<{ changes: string }>(
          `SELECT changes FROM audit_event WHERE tenant_id = $1 AND action = 'auth.login' AND entity_id = $2 ORDER BY seq`,
          [firm.tenantId, member.userId],
        )
      ).rows.map((row) => JSON.parse(row.changes) as unknown),
    );
    expect(audited).toEqual([
      { method: 'password', secondFactor: null },
      { method: 'password', secondFactor: 'passkey' },
      { method: 'passkey', secondFactor: null },
      { method: 'password', secondFactor: 'passkey' },
    ]);
  });

  it('answers options for an unknown email like for a known one, and refuses malformed answers clearly', async () => {
    const unknown = JSON.parse(await loginOptions('nobody@example.test')) as {
      allowCredentials: { id: string }[];
    };
    expect(unknown.allowCredentials).toHaveLength(1);
    const again = JSON.parse(await loginOptions('NOBODY@example.test ')) as {
      allowCredentials: { id: string }[];
    };
    expect(again.allowCredentials).toEqual(unknown.allowCredentials);

    const malformed = await loginWithPasskey('{"not":"webauthn"}');
    expect(code(malformed.body)).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors?.[0]?.message).toBe('The passkey answer is not a WebAuthn response');
    const anonymous = await sut.gql('mutation { passkeyRegistrationOptions }');
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
  });
});
