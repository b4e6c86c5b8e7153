import { addMember, createClient, signUpFirm, STRONG_PASSWORD } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('Sign-up, sign-in and sessions', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('signs up a firm and answers me with the owner role', async () => {
    const firm = await signUpFirm(sut, 'Kanzlei Nord');
    const result = await sut.gql<{ me: { role: string; tenant: { name: string }; user: { email: string } } }>(
      '{ me { role tenant { name } user { email } } }',
      {},
      { token: firm.token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({
      role: 'OWNER',
      tenant: { name: 'Kanzlei Nord' },
      user: { email: firm.email },
    });
  });

  it('rejects a weak or common password with a field message', async () => {
    const result = await sut.gql(
      `mutation { signUp(input: { firmName: "X Kanzlei", name: "A", email: "weak@example.test", password: "password1234" }) { accessToken } }`,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: expect.any(String) },
    });
    const short = await sut.gql(
      `mutation { signUp(input: { firmName: "X Kanzlei", name: "A", email: "short@example.test", password: "Kurz-1!" }) { accessToken } }`,
    );
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: expect.stringMatching(/12/) },
    });
  });

  it('logs in with the right password and refuses a wrong one', async () => {
    const firm = await signUpFirm(sut);
    const ok = await sut.gql<{ login: { accessToken: string } }>(
      `mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`,
      { i: { email: firm.email, password: firm.password } },
    );
    expect(ok.data?.login.accessToken).toEqual(expect.any(String));
    const bad = await sut.gql(`mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email: firm.email, password: 'wrong-password-123456' },
    });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('requires authentication for me', async () => {
    const result = await sut.gql('{ me { role } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('lets an invited client user accept and see only their client', async () => {
    const firm = await signUpFirm(sut);
    const own = await createClient(sut, firm.token, 'Bäckerei Korn');
    await createClient(sut, firm.token, 'Autohaus Blech');
    const member = await addMember(sut, firm.token, 'CLIENT_ADMIN', own);
    const result = await sut.gql<{ clients: { totalCount: number; edges: { node: { name: string } }[] } }>(
      '{ clients { totalCount edges { node { name } } } }',
      {},
      { token: member.token },
    );
    expect(result.data?.clients.totalCount).toBe(1);
    expect(result.data?.clients.edges.map((e) => e.node.name)).toEqual(['Bäckerei Korn']);
    expect(STRONG_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });
});
