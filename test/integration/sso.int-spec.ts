import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTenantToken } from '@klarsicht/api-core';
import { addMember, signUpFirm, STRONG_PASSWORD, type Firm } from '../support/factories';
import { followRedirects, startTestIdp, type TestIdp } from '../support/oidc-provider';
import { freePort } from '../support/ports';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const reason = (result: GqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.['reason'];
const code = (result: GqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.['code'];

const CONFIGURE = `mutation ($i: SsoSettingsInput!) { configureSso(input: $i) {
  issuer clientId hasClientSecret allowedDomains defaultRole enabled requireSso redirectUri } }`;

/**
 * Single sign-on per firm (issue 25, point 6), end to end: a real oidc-provider in its own process, the api's
 * start and callback endpoints, the refresh cookie they set and the session it opens.
 */
describe('Firm single sign-on (OpenID Connect)', () => {
  let sut: TestApp;
  let idp: TestIdp;
  let db: Client;
  let firm: Firm;
  const domain = `kanzlei-${randomUUID().slice(0, 8)}.test`;
  const secret = `idp-secret-${randomUUID()}`;

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    idp = await startTestIdp({
      client_id: 'klarsicht',
      client_secret: secret,
      redirect_uris: [`${publicUrl}/api/auth/sso/callback`],
    });
    sut = await startTestApp({ PUBLIC_URL: publicUrl, SSO_ALLOW_HTTP_ISSUER: 'true' }, { port });
    db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    firm = await signUpFirm(sut, `Kanzlei SSO ${randomUUID().slice(0, 6)}`);
  });
  afterAll(async () => {
    await db?.end();
    await sut?.close();
    await idp?.stop();
  });

  const settings = (values: Record<string, unknown> = {}) => ({
    issuer: idp.issuer,
    clientId: 'klarsicht',
    clientSecret: secret,
    allowedDomains: [domain],
    defaultRole: 'AUDITOR',
    enabled: true,
    requireSso: false,
    ...values,
  });

  /** The browser's way to the callback: start, through the provider, and stop right before the api's callback. */
  const toCallback = async (email: string, tenantId = firm.tenantId) =>
    followRedirects(
      `${sut.url}/api/auth/sso/${tenantId}/start?email=${encodeURIComponent(email)}`,
      (next) => next.pathname === '/api/auth/sso/callback' || next.pathname === '/login',
    );

  /** Calls the callback; returns where it sends the browser and the session its refresh cookie opens. */
  const callback = async (url: URL) => {
    const response = await fetch(url, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '', sut.url);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    let token: string | null = null;
    if (cookie.startsWith('ks_refresh=') && cookie !== 'ks_refresh=') {
      const refreshed = await fetch(`${sut.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: 'mutation { refreshToken { accessToken } }' }),
      });
      const body = (await refreshed.json()) as GqlResult<{ refreshToken: { accessToken: string } }>;
      token = body.data?.refreshToken.accessToken ?? null;
      if (!token) throw new Error(`The refresh cookie opened no session: ${JSON.stringify(body.errors)}`);
    }
    return { location, token, cookie };
  };

  const signInThroughSso = async (email: string) => callback((await toCallback(email)).url);

  it('only an owner connects the firm: checked by discovery, the secret sealed and never returned', async () => {
    const dpo = await addMember(sut, firm.token, 'DPO');
    const refused = await sut.gql(CONFIGURE, { i: settings() }, { token: dpo.token });
    expect(code(refused)).toBe('FORBIDDEN');

    const nowhere = await sut.gql(
      CONFIGURE,
      { i: settings({ issuer: `http://127.0.0.1:${await freePort()}` }) },
      { token: firm.token },
    );
    expect(nowhere.errors?.[0]?.extensions?.['fields']).toEqual({
      issuer: 'No OpenID Connect provider answers at this address',
    });
    const owner = await sut.gql(CONFIGURE, { i: settings({ defaultRole: 'OWNER' }) }, { token: firm.token });
    expect(owner.errors?.length).toBe(1);

    const saved = await sut.gql<{ configureSso: Record<string, unknown> }>(
      CONFIGURE,
      { i: settings({ allowedDomains: [` @${domain.toUpperCase()} `] }) },
      { token: firm.token },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.configureSso).toEqual({
      issuer: idp.issuer,
      clientId: 'klarsicht',
      hasClientSecret: true,
      allowedDomains: [domain],
      defaultRole: 'AUDITOR',
      enabled: true,
      requireSso: false,
      redirectUri: `${sut.config.PUBLIC_URL}/api/auth/sso/callback`,
    });
    const { rows } = await db.query<{ sealed: Buffer }>(
      `SELECT client_secret AS sealed FROM tenant_sso WHERE tenant_id = $1`,
      [firm.tenantId],
    );
    expect(rows[0]?.sealed.includes(Buffer.from(secret))).toBe(false);
    const audit = await db.query<{ changes: Record<string, unknown> }>(
      `SELECT changes::jsonb AS changes FROM audit_event WHERE tenant_id = $1 AND action = 'firm.sso_configured'`,
      [firm.tenantId],
    );
    expect(audit.rows).toHaveLength(1);
    expect(JSON.stringify(audit.rows[0]?.changes)).not.toContain(secret);
    expect(audit.rows[0]?.changes).toMatchObject({ enabled: { before: false, after: true } });
  });

  it('the sign-in page learns which firm’s SSO covers an email domain, and only that', async () => {
    const options = await sut.gql<{
      ssoOptions: { tenantId: string; tenantName: string; startUrl: string }[];
    }>('query ($e: String!) { ssoOptions(email: $e) { tenantId tenantName startUrl } }', {
      e: `Anna@${domain.toUpperCase()}`,
    });
    expect(options.data?.ssoOptions).toEqual([
      expect.objectContaining({
        tenantId: firm.tenantId,
        startUrl: expect.stringContaining('/start?email='),
      }),
    ]);
    const foreign = await sut.gql<{ ssoOptions: unknown[] }>(
      'query ($e: String!) { ssoOptions(email: $e) { tenantId } }',
      {
        e: 'anna@elsewhere.test',
      },
    );
    expect(foreign.data?.ssoOptions).toEqual([]);
  });

  it('signs in a new person through the provider as a just-in-time member with the configured role', async () => {
    const email = `neu-${randomUUID().slice(0, 6)}@${domain}`;
    const { location, token } = await signInThroughSso(email);
    expect(location.pathname).toBe('/login/sso');
    expect(token).toBeTruthy();
    const me = await sut.gql<{ me: { role: string; user: { email: string }; tenant: { id: string } } }>(
      '{ me { role user { email } tenant { id } } }',
      {},
      { token: token ?? '' },
    );
    expect(me.data?.me).toEqual({ role: 'AUDITOR', user: { email }, tenant: { id: firm.tenantId } });
    const joined = await db.query(
      `SELECT changes FROM audit_event WHERE tenant_id = $1 AND action = 'member.joined' AND changes::jsonb->>'via' = 'sso'`,
      [firm.tenantId],
    );
    expect(joined.rows).toHaveLength(1);

    // The second time the same subject is the same member: no second account, no second membership.
    const again = await signInThroughSso(email);
    expect(again.location.search).toBe('');
    expect(again.token).toBeTruthy();
    const members = await db.query(
      `SELECT m.id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1`,
      [email],
    );
    expect(members.rows).toHaveLength(1);
    // A member without a password cannot sign in with one.
    const password = await sut.gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email, password: STRONG_PASSWORD },
    });
    expect(code(password)).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong state, a replayed callback, a wrong nonce and a wrong PKCE verifier', async () => {
    const email = `state-${randomUUID().slice(0, 6)}@${domain}`;
    const { url } = await toCallback(email);
    const forged = new URL(url);
    forged.searchParams.set('state', createTenantToken(firm.tenantId).token);
    expect((await callback(forged)).location.search).toBe('?sso_error=expired');
    const garbage = new URL(url);
    garbage.searchParams.set('state', 'not-a-state');
    expect((await callback(garbage)).location.search).toBe('?sso_error=expired');
    // The genuine answer still works once, and only once.
    const genuine = await callback(url);
    expect(genuine.location.pathname).toBe('/login/sso');
    expect(genuine.token).toBeTruthy();
    const replay = await callback(url);
    expect(replay.location.search).toBe('?sso_error=expired');
    expect(replay.token).toBeNull();

    for (const column of ['nonce', 'code_verifier']) {
      const next = await toCallback(email);
      await db.query(
        `UPDATE sso_login SET ${column} = 'tampered-${column}' WHERE id = (SELECT id FROM sso_login WHERE tenant_id = $1 AND used_at IS NULL ORDER BY id DESC LIMIT 1)`,
        [firm.tenantId],
      );
      const refused = await callback(next.url);
      expect(refused.location.search).toBe('?sso_error=rejected');
      expect(refused.token).toBeNull();
    }
    const failures = await db.query<{ reason: string }>(
      `SELECT changes::jsonb->>'reason' AS reason FROM audit_event WHERE tenant_id = $1 AND action = 'auth.sso_failed' ORDER BY occurred_at, id`,
      [firm.tenantId],
    );
    expect(failures.rows.map((r) => r.reason)).toEqual(['expired', 'expired', 'rejected', 'rejected']);
  });

  it('refuses a foreign email domain, an unconfirmed email and someone else’s existing account', async () => {
    expect(
      (await signInThroughSso(`jemand@elsewhere-${randomUUID().slice(0, 4)}.test`)).location.search,
    ).toBe('?sso_error=domain');
    expect((await signInThroughSso(`unverified-${randomUUID().slice(0, 4)}@${domain}`)).location.search).toBe(
      '?sso_error=unverified_email',
    );
    // An account of another firm with an email in this domain is not taken over by this firm's provider.
    const other = await signUpFirm(sut);
    const email = `owner-${randomUUID().slice(0, 6)}@${domain}`;
    await db.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [other.userId, email]);
    const takeover = await signInThroughSso(email);
    expect(takeover.location.search).toBe('?sso_error=account_exists');
    expect(takeover.token).toBeNull();
  });

  it('a session opened by SSO stays in its firm, and a removed member does not come back through SSO', async () => {
    const email = `bound-${randomUUID().slice(0, 6)}@${domain}`;
    const { token } = await signInThroughSso(email);
    const other = await signUpFirm(sut);
    const switched = await sut.gql(
      'mutation ($t: ID!) { switchTenant(tenantId: $t) { accessToken } }',
      { t: other.tenantId },
      { token: token ?? '' },
    );
    expect(reason(switched)).toBe('SSO_BOUND');

    const members = await sut.gql<{ members: { id: string; email: string }[] }>(
      '{ members { id email } }',
      {},
      { token: firm.token },
    );
    const member = members.data?.members.find((m) => m.email === email);
    expect(member).toBeDefined();
    const removed = await sut.gql(
      'mutation ($id: ID!) { removeMember(id: $id) }',
      { id: member?.id },
      { token: firm.token },
    );
    expect(removed.errors).toBeUndefined();
    const back = await signInThroughSso(email);
    expect(back.location.search).toBe('?sso_error=removed');
    expect(back.token).toBeNull();
  });

  it('requiring SSO refuses passwords of non-owner staff and ends their sessions; the owner keeps the password', async () => {
    const dpo = await addMember(sut, firm.token, 'DPO');
    const before = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { email: dpo.email, password: STRONG_PASSWORD } },
      }),
    });
    const dpoCookie = (before.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(dpoCookie).toMatch(/^ks_refresh=.+/);

    const saved = await sut.gql(
      CONFIGURE,
      { i: settings({ clientSecret: null, requireSso: true }) },
      { token: firm.token },
    );
    expect(saved.errors).toBeUndefined();

    const login = (email: string) =>
      sut.gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { email, password: STRONG_PASSWORD },
      });
    const refused = await login(dpo.email);
    expect(code(refused)).toBe('FORBIDDEN');
    expect(reason(refused)).toBe('SSO_REQUIRED');
    const wrongPassword = await sut.gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email: dpo.email, password: 'wrong-password-123' },
    });
    expect(code(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(code(await login(firm.email))).toBeUndefined();

    const refreshed = await fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: dpoCookie },
      body: JSON.stringify({ query: 'mutation { refreshToken { accessToken } }' }),
    });
    const body = (await refreshed.json()) as GqlResult<unknown>;
    expect(code(body)).toBe('UNAUTHENTICATED');

    // Through SSO the firm's staff still sign in.
    const sso = await signInThroughSso(`weiter-${randomUUID().slice(0, 6)}@${domain}`);
    expect(sso.token).toBeTruthy();
    const disabled = await sut.gql(
      CONFIGURE,
      { i: settings({ clientSecret: null, enabled: false, requireSso: true }) },
      { token: firm.token },
    );
    expect(disabled.errors?.[0]?.extensions?.['fields']).toEqual({
      requireSso: 'Enable single sign-on before requiring it',
    });
  });
});
