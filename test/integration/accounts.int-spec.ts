import { Client } from 'pg';
import { createApiKey } from '../support/api-keys';
import {
  addMember,
  createClient,
  loginRequest,
  signUpFirm,
  STRONG_PASSWORD,
  type Firm,
} from '../support/factories';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const code = (result: GqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.['code'];
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Members a firm governs (issue 25): removal, role changes, invitations, archived clients, own account. */
describe('Accounts a firm governs', () => {
  let a: TestApp;
  // The second replica runs in a process of its own, as in production.
  let b: ApiProcess;
  let firm: Firm;

  const members = async (token: string) =>
    (
      await a.gql<{ members: { id: string; userId: string; role: string; twoFactorEnabled: boolean }[] }>(
        '{ members { id userId role twoFactorEnabled } }',
        {},
        { token },
      )
    ).data?.members ?? [];
  const membershipOf = async (userId: string): Promise<string> =>
    (await members(firm.token)).find((m) => m.userId === userId)?.id ?? '';
  const login = loginRequest;
  const refresh = (app: Pick<TestApp, 'url'>, cookie: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation { refreshToken { accessToken } }' }),
    }).then(
      (r) => r.json() as Promise<{ data?: { refreshToken: { accessToken: string } }; errors?: unknown[] }>,
    );
  const signIn = async (app: TestApp, email: string, password = STRONG_PASSWORD) => {
    const response = await login(app, email, password);
    const body = (await response.json()) as { data?: { login: { accessToken: string } } };
    return {
      token: body.data?.login.accessToken ?? '',
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    };
  };
  const auditOf = async (action: string) => {
    const db = new Client({ connectionString: a.ownerUrl });
    await db.connect();
    try {
      return (
        await db.query<{ changes: string | null }>(
          'SELECT changes FROM audit_event WHERE tenant_id = $1 AND action = $2 ORDER BY seq',
          [firm.tenantId, action],
        )
      ).rows.map((row) => ({ changes: JSON.parse(row.changes ?? 'null') as Record<string, unknown> }));
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    [a, b] = await Promise.all([startTestApp(), startApiProcess()]);
    firm = await signUpFirm(a);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.stop()]);
  });

  it("refuses a removed member's old token on the next request, on this and on a second api instance", async () => {
    const dpo = await addMember(a, firm.token, 'DPO');
    const session = await signIn(a, dpo.email);
    expect(code(await b.gql('{ clients { totalCount } }', {}, { token: dpo.token }))).toBeUndefined();
    const removed = await a.gql(
      'mutation ($id: ID!) { removeMember(id: $id) }',
      { id: await membershipOf(dpo.userId) },
      {
        token: firm.token,
      },
    );
    expect(removed.data).toEqual({ removeMember: true });
    expect(code(await a.gql('{ clients { totalCount } }', {}, { token: dpo.token }))).toBe('UNAUTHENTICATED');
    // The other replica learns it through NOTIFY (milliseconds); give it at most two seconds.
    let other: unknown;
    for (let i = 0; i < 40; i++) {
      other = code(await b.gql('{ clients { totalCount } }', {}, { token: session.token }));
      if (other === 'UNAUTHENTICATED') break;
      await sleep(50);
    }
    expect(other).toBe('UNAUTHENTICATED');
    expect((await refresh(b, session.cookie)).errors).toBeDefined();
    const [event] = await auditOf('member.removed');
    expect(event?.changes).toMatchObject({
      role: { before: 'DPO', after: null },
      userId: { before: dpo.userId },
    });
  });

  it('answers a demoted member with the new role at once: the old DPO token cannot create a client', async () => {
    const dpo = await addMember(a, firm.token, 'DPO');
    const changed = await a.gql<{ changeMemberRole: { role: string } }>(
      'mutation ($id: ID!) { changeMemberRole(id: $id, role: AUDITOR) { role } }',
      { id: await membershipOf(dpo.userId) },
      { token: firm.token },
    );
    expect(changed.data?.changeMemberRole.role).toBe('AUDITOR');
    const create = await a.gql(
      'mutation ($i: CreateClientInput!) { createClient(input: $i) { id } }',
      { i: { name: 'Mit altem Token GmbH' } },
      { token: dpo.token },
    );
    expect(code(create)).toBe('FORBIDDEN');
    const me = await a.gql<{ me: { role: string } }>('{ me { role } }', {}, { token: dpo.token });
    expect(me.data?.me.role).toBe('AUDITOR');
    const [event] = await auditOf('member.role_changed');
    expect(event?.changes).toMatchObject({ role: { before: 'DPO', after: 'AUDITOR' } });
  });

  it('keeps the last owner: neither removed nor demoted; a DPO cannot touch an owner; members may leave', async () => {
    const own = await membershipOf(firm.userId);
    const remove = await a.gql(
      'mutation ($id: ID!) { removeMember(id: $id) }',
      { id: own },
      { token: firm.token },
    );
    expect(code(remove)).toBe('BAD_USER_INPUT');
    expect(remove.errors?.[0]?.extensions?.['fields']).toEqual({
      id: expect.stringMatching(/at least one owner/),
    });
    const demote = await a.gql(
      'mutation ($id: ID!) { changeMemberRole(id: $id, role: DPO) { role } }',
      { id: own },
      {
        token: firm.token,
      },
    );
    expect(code(demote)).toBe('BAD_USER_INPUT');
    const dpo = await addMember(a, firm.token, 'DPO');
    const byDpo = await a.gql(
      'mutation ($id: ID!) { removeMember(id: $id) }',
      { id: own },
      { token: dpo.token },
    );
    expect(code(byDpo)).toBe('FORBIDDEN');
    const promote = await a.gql(
      'mutation ($id: ID!) { changeMemberRole(id: $id, role: OWNER) { role } }',
      { id: await membershipOf(dpo.userId) },
      { token: dpo.token },
    );
    expect(code(promote)).toBe('FORBIDDEN');
    const assistant = await addMember(a, firm.token, 'ASSISTANT');
    const leave = await a.gql(
      'mutation ($id: ID!) { removeMember(id: $id) }',
      { id: await membershipOf(assistant.userId) },
      {
        token: assistant.token,
      },
    );
    expect(leave.data).toEqual({ removeMember: true });
    expect((await auditOf('member.left')).length).toBe(1);
    // With a second owner, the first may step down.
    const second = await addMember(a, firm.token, 'OWNER');
    const stepDown = await a.gql<{ changeMemberRole: { role: string } }>(
      'mutation ($id: ID!) { changeMemberRole(id: $id, role: DPO) { role } }',
      { id: await membershipOf(second.userId) },
      { token: firm.token },
    );
    expect(stepDown.data?.changeMemberRole.role).toBe('DPO');
  });

  it('withdraws and resends invitations: a revoked link and a replaced link are dead, the new one works', async () => {
    const invite = async (email: string) =>
      (
        await a.gql<{ inviteMember: { id: string; acceptUrl: string } }>(
          'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { id acceptUrl } }',
          { i: { email, role: 'ASSISTANT' } },
          { token: firm.token },
        )
      ).data?.inviteMember ?? { id: '', acceptUrl: '' };
    const accept = (url: string) =>
      a.gql('mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }', {
        i: { token: url.split('/').pop(), name: 'Neu', password: STRONG_PASSWORD },
      });
    const wrong = await invite('falsch@example.test');
    const revoked = await a.gql<{ revokeInvitation: { revokedAt: string } }>(
      'mutation ($id: ID!) { revokeInvitation(id: $id) { revokedAt } }',
      { id: wrong.id },
      { token: firm.token },
    );
    expect(revoked.data?.revokeInvitation.revokedAt).toEqual(expect.any(String));
    expect(code(await accept(wrong.acceptUrl))).toBe('NOT_FOUND');

    const right = await invite('richtig@example.test');
    const resent = await a.gql<{ resendInvitation: { acceptUrl: string } }>(
      'mutation ($id: ID!) { resendInvitation(id: $id) { acceptUrl } }',
      { id: right.id },
      { token: firm.token },
    );
    const fresh = resent.data?.resendInvitation.acceptUrl ?? '';
    expect(fresh).not.toBe(right.acceptUrl);
    expect(code(await accept(right.acceptUrl))).toBe('NOT_FOUND');
    expect(code(await accept(fresh))).toBeUndefined();
    expect((await auditOf('member.invitation_revoked')).length).toBe(1);
    expect((await auditOf('member.invitation_resent')).length).toBe(1);
  });

  it("closes an archived client's portal (sessions, sign-in, API keys) and reopens it on restore", async () => {
    const clientId = await createClient(a, firm.token, 'Mandat endet GmbH');
    const portal = await addMember(a, firm.token, 'CLIENT_ADMIN', clientId);
    const session = await signIn(a, portal.email);
    const key = await createApiKey(a, firm.token, { scopes: ['CLIENTS_READ'], clientId });
    const read = (token: string) => a.gql('{ clients { totalCount } }', {}, { token });
    expect(code(await read(portal.token))).toBeUndefined();
    expect(code(await read(key.secret))).toBeUndefined();

    await a.gql(
      'mutation ($id: ID!) { archiveClient(id: $id) { archived } }',
      { id: clientId },
      { token: firm.token },
    );
    expect(code(await read(portal.token))).toBe('UNAUTHENTICATED');
    expect(code(await read(key.secret))).toBe('UNAUTHENTICATED');
    expect((await refresh(a, session.cookie)).errors).toBeDefined();
    const refused = (await (await login(a, portal.email)).json()) as GqlResult;
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/portal is closed.*archived/);
    const task = await a.gql(
      'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { clientId, title: 'Noch etwas' } },
      { token: portal.token },
    );
    expect(code(task)).toBe('UNAUTHENTICATED');

    const restored = await a.gql<{ restoreClient: { archived: boolean } }>(
      'mutation ($id: ID!) { restoreClient(id: $id) { archived } }',
      { id: clientId },
      { token: firm.token },
    );
    expect(restored.data?.restoreClient.archived).toBe(false);
    const again = await signIn(a, portal.email);
    expect(code(await read(again.token))).toBeUndefined();
    expect(code(await read(key.secret))).toBeUndefined();
    // The firm kept everything: the client and its member are still there.
    expect((await members(firm.token)).some((m) => m.userId === portal.userId)).toBe(true);
  });

  it('changes the own password (checked, not common) and ends the other sessions; lists and ends sessions', async () => {
    const person = await addMember(a, firm.token, 'DPO');
    const laptop = await signIn(a, person.email);
    const phone = await signIn(a, person.email);
    const change = (currentPassword: string, newPassword: string, cookie = laptop.cookie) =>
      fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${laptop.token}`, cookie },
        body: JSON.stringify({
          query: 'mutation ($i: ChangePasswordInput!) { changePassword(input: $i) }',
          variables: { i: { currentPassword, newPassword } },
        }),
      }).then((r) => r.json() as Promise<GqlResult<{ changePassword: number }>>);
    expect(code(await change('falsch-falsch-falsch', 'Ein-ganz-neues-Passwort-2026!'))).toBe(
      'BAD_USER_INPUT',
    );
    const common = await change(STRONG_PASSWORD, 'password1234');
    expect(common.errors?.[0]?.extensions?.['fields']).toEqual({
      newPassword: expect.stringMatching(/too common/),
    });

    const sessions = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${laptop.token}`,
        cookie: laptop.cookie,
      },
      body: JSON.stringify({ query: '{ sessions { id current ip lastUsedAt } }' }),
    }).then(
      (r) => r.json() as Promise<GqlResult<{ sessions: { id: string; current: boolean; ip: string }[] }>>,
    );
    // The invitation's own sign-in, the laptop and the phone.
    expect(sessions.data?.sessions).toHaveLength(3);
    expect(sessions.data?.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.data?.sessions[0]?.ip).toBe('127.0.0.0');

    const ok = await change(STRONG_PASSWORD, 'Ein-ganz-neues-Passwort-2026!');
    expect(ok.data?.changePassword).toBe(2);
    expect((await refresh(a, phone.cookie)).errors).toBeDefined();
    expect((await refresh(a, laptop.cookie)).data?.refreshToken.accessToken).toEqual(expect.any(String));
    expect((await signIn(a, person.email, 'Ein-ganz-neues-Passwort-2026!')).token).not.toBe('');
    expect((await auditOf('user.password_changed')).length).toBeGreaterThanOrEqual(1);

    const list = await a.gql<{ sessions: { id: string; current: boolean }[] }>(
      '{ sessions { id current } }',
      {},
      {
        token: laptop.token,
      },
    );
    const other = list.data?.sessions.find((s) => !s.current);
    expect(other).toBeDefined();
    const revoked = await a.gql(
      'mutation ($id: ID!) { revokeSession(id: $id) }',
      { id: other?.id },
      { token: laptop.token },
    );
    expect(revoked.data).toEqual({ revokeSession: true });
    const foreign = await a.gql(
      'mutation ($id: ID!) { revokeSession(id: $id) }',
      { id: other?.id },
      { token: firm.token },
    );
    expect(code(foreign)).toBe('NOT_FOUND');
  });
});
