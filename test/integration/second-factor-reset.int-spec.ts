import { generateSync } from 'otplib';
import { addMember, signUpFirm, STRONG_PASSWORD, type Firm } from '../support/factories';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

const code = (result: GqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.['code'];
const RESET = 'mutation ($id: ID!) { resetMemberSecondFactor(id: $id) }';

/** Recovery (issue 25): a member who lost every second factor gets it reset by the firm's owner. */
describe('Resetting a member’s second factor', () => {
  let sut: TestApp;
  let firm: Firm;

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
  });
  afterAll(async () => {
    await sut?.close();
  });

  const login = (email: string, totpCode?: string) =>
    sut.gql<{ login: { accessToken: string } }>(
      'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      {
        i: { email, password: STRONG_PASSWORD, totpCode },
      },
    );

  const withTotp = async (token: string): Promise<string> => {
    const setup = await sut.gql<{ enableTotp: { secret: string } }>(
      'mutation { enableTotp { secret } }',
      {},
      { token },
    );
    const secret = setup.data?.enableTotp.secret ?? '';
    await sut.gql(
      'mutation ($i: TotpCodeInput!) { confirmTotp(input: $i) { totpEnabled } }',
      { i: { code: generateSync({ secret }) } },
      { token },
    );
    return secret;
  };

  const membershipOf = async (userId: string): Promise<string> => {
    const members = await sut.gql<{ members: { id: string; userId: string }[] }>(
      '{ members { id userId } }',
      {},
      {
        token: firm.token,
      },
    );
    return members.data?.members.find((m) => m.userId === userId)?.id ?? '';
  };

  it('an owner resets it: TOTP off, sessions ended, the password alone signs in, audited with before and after', async () => {
    const dpo = await addMember(sut, firm.token, 'DPO');
    await withTotp(dpo.token);
    expect(code(await login(dpo.email))).toBe('UNAUTHENTICATED');
    const id = await membershipOf(dpo.userId);

    // Not the DPO (only an owner), not for someone without a second factor, not for oneself.
    expect(code(await sut.gql(RESET, { id }, { token: dpo.token }))).toBe('FORBIDDEN');
    const plain = await addMember(sut, firm.token, 'ASSISTANT');
    expect(code(await sut.gql(RESET, { id: await membershipOf(plain.userId) }, { token: firm.token }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await sut.gql(RESET, { id: await membershipOf(firm.userId) }, { token: firm.token }))).toBe(
      'BAD_USER_INPUT',
    );

    const reset = await sut.gql<{ resetMemberSecondFactor: boolean }>(RESET, { id }, { token: firm.token });
    expect(reset.data).toEqual({ resetMemberSecondFactor: true });
    expect((await login(dpo.email)).data?.login.accessToken).toBeTruthy();
    await withOwner(sut, async (db) => {
      const { rows } = await db.query<{ changes: string }>(
        `SELECT changes FROM audit_event WHERE tenant_id = $1 AND action = 'member.second_factor_reset' AND entity_id = $2`,
        [firm.tenantId, id],
      );
      expect(rows.map((r) => JSON.parse(r.changes) as unknown)).toEqual([
        {
          passkeys: { after: 0, before: 0 },
          recoveryCodes: { after: 0, before: 0 },
          sessions: 'ended',
          totp: { after: false, before: true },
        },
      ]);
      const live = await db.query(
        `SELECT 1 FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL AND created_at < (
           SELECT max(occurred_at) FROM audit_event WHERE action = 'member.second_factor_reset' AND entity_id = $2)`,
        [dpo.userId, id],
      );
      expect(live.rows).toHaveLength(0);
    });
  });

  it('refuses for a person who also belongs to another firm, and for a member of another firm', async () => {
    const dpo = await addMember(sut, firm.token, 'DPO');
    await withTotp(dpo.token);
    const other = await signUpFirm(sut);
    // The DPO joins the other firm too.
    const invited = await sut.gql<{ inviteMember: { acceptUrl: string } }>(
      'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { acceptUrl } }',
      { i: { email: dpo.email, role: 'AUDITOR' } },
      { token: other.token },
    );
    const token = invited.data?.inviteMember.acceptUrl.split('/').pop() ?? '';
    const accepted = await sut.gql(
      'mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { role } }',
      {
        i: { token, password: STRONG_PASSWORD },
      },
    );
    expect(accepted.errors).toBeUndefined();
    const id = await membershipOf(dpo.userId);
    const refused = await sut.gql(RESET, { id }, { token: firm.token });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('another firm');
    // The other firm's owner does not even find this firm's membership.
    expect(code(await sut.gql(RESET, { id }, { token: other.token }))).toBe('NOT_FOUND');
  });
});
