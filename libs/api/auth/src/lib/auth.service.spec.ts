import { RequestContextFactory, type RequestContext } from '@klarsicht/api-core';
import { stubOf, testContext } from '@klarsicht/api-core/testing';
import { Membership, Tenant } from '@klarsicht/api-tenancy';
import { AuthService } from './auth.service';
import { User } from './entities/user.entity';
import { PasswordService } from './password.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { TokenService } from './token.service';
import { TotpService } from './totp.service';
import { UsersRepository } from './users.repository';
import { RecoveryCodesService } from './recovery-codes.service';
import { SessionIssuer } from './session-issuer.service';
import { SignInOutcomes } from './sign-in-outcomes.service';
import { PasskeySignIn } from './passkeys/passkey-sign-in.service';
import { PasskeysRepository } from './passkeys/passkeys.repository';

const T1 = '00000000-0000-7000-8000-0000000000a1';
const T2 = '00000000-0000-7000-8000-0000000000a2';
const user = (values: Partial<User> = {}): User =>
  Object.assign(new User(), {
    email: 'dpo@example.test',
    name: 'Dana',
    passwordHash: 'hash',
    totpEnabled: false,
    totpSecret: null,
    totpLastStep: null,
    lastTenantId: T2,
    ...values,
  });
const membership = (tenantId: string): Membership =>
  Object.assign(new Membership(), { tenantId, role: 'DPO', clientId: null });

const setup = () => {
  const passwords = stubOf(PasswordService);
  const tokens = stubOf(TokenService);
  const totp = stubOf(TotpService);
  const throttle = stubOf(SignInThrottleService);
  const contexts = stubOf(RequestContextFactory);
  const users = stubOf(UsersRepository);
  const recoveryCodes = stubOf(RecoveryCodesService);
  recoveryCodes.consume.mockResolvedValue(false);
  const passkeys = stubOf(PasskeySignIn);
  passkeys.has.mockResolvedValue(false);
  const passkeyRecords = stubOf(PasskeysRepository);
  passkeyRecords.exists.mockResolvedValue(false);
  const sessions = new SessionIssuer(tokens, users, passkeyRecords);
  const separate: RequestContext[] = [];
  contexts.runSeparately.mockImplementation(async (principal, _meta, work) => {
    const own = testContext(principal);
    separate.push(own);
    return work(own);
  });
  tokens.accessToken.mockResolvedValue('access');
  tokens.issueRefresh.mockResolvedValue({ token: 'refresh', expiresAt: new Date() });
  const firm = (id: string) => Object.assign(new Tenant(), { id, name: 'Kanzlei', requireTwoFactor: false });
  users.tenant.mockImplementation(async (_ctx, id) => firm(id));
  users.tenants.mockImplementation(async (_ctx, ids) => ids.map(firm));
  return {
    sut: new AuthService(
      passwords,
      tokens,
      totp,
      throttle,
      contexts,
      users,
      recoveryCodes,
      sessions,
      new SignInOutcomes(throttle, contexts, users, sessions),
      passkeys,
    ),
    passwords,
    passkeys,
    passkeyRecords,
    tokens,
    totp,
    throttle,
    users,
    separate,
  };
};

const refusal = (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => null,
    (e: unknown) => e,
  );

describe(AuthService.name, () => {
  const input = { email: ' DPO@Example.test ', password: 'correct horse battery' };

  it('an unknown email and a wrong password are refused alike, each failure recorded in a unit of work of its own', async () => {
    const { sut, passwords, throttle, users, separate } = setup();
    users.findByEmail.mockResolvedValueOnce(null).mockResolvedValueOnce(user());
    users.membershipsOf.mockResolvedValue([membership(T1), membership(T2)]);
    passwords.verify.mockResolvedValue(false);
    const unknown = await refusal(
      sut.login(testContext({ tenantId: null, role: null, userId: null }), input),
    );
    const wrong = await refusal(sut.login(testContext({ tenantId: null, role: null, userId: null }), input));
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Invalid email or password' });
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Invalid email or password' });
    expect(users.findByEmail).toHaveBeenCalledWith(expect.anything(), 'dpo@example.test');
    expect(separate).toHaveLength(2);
    expect(throttle.record).toHaveBeenCalledWith(separate[0], 'dpo@example.test', null, false);
    // The known account's firms learn of the failed attempt; the unknown one has none.
    expect(separate[0].audit).not.toHaveBeenCalled();
    expect(separate[1].audit).toHaveBeenCalledTimes(2);
    expect(separate[1].audit).toHaveBeenCalledWith(
      expect.objectContaining({
        tenantId: T1,
        action: 'auth.login_failed',
        changes: { reason: 'invalid_credentials' },
      }),
    );
  });

  it('asks for the one-time code when two-factor authentication is on, without counting a failure', async () => {
    const { sut, passwords, throttle, users, separate } = setup();
    users.findByEmail.mockResolvedValue(user({ totpEnabled: true, totpSecret: Buffer.from('sealed') }));
    passwords.verify.mockResolvedValue(true);
    expect(await refusal(sut.login(testContext({ tenantId: null }), input))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'A one-time code is required',
    });
    expect(separate).toHaveLength(0);
    expect(throttle.record).not.toHaveBeenCalled();
  });

  it('a wrong one-time code counts as a failure; a right one stores its step against replay', async () => {
    const { sut, passwords, totp, users, separate } = setup();
    users.findByEmail.mockResolvedValue(
      user({ totpEnabled: true, totpSecret: Buffer.from('sealed'), totpLastStep: '100' }),
    );
    users.membershipsOf.mockResolvedValue([membership(T1)]);
    passwords.verify.mockResolvedValue(true);
    totp.check.mockReturnValueOnce({ valid: false }).mockReturnValueOnce({ valid: true, step: 101 });
    expect(
      await refusal(sut.login(testContext({ tenantId: null }), { ...input, totpCode: '000000' })),
    ).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(totp.check).toHaveBeenCalledWith(expect.any(Buffer), '000000', 100);
    expect(separate[0].audit).toHaveBeenCalledWith(
      expect.objectContaining({ changes: { reason: 'invalid_totp' } }),
    );
    await sut.login(testContext({ tenantId: null }), { ...input, totpCode: '123456' });
    expect(users.update).toHaveBeenCalledWith(expect.anything(), expect.any(String), { totpLastStep: '101' });
  });

  it('signs in to the firm used last, records the success and audits the sign-in there', async () => {
    const { sut, passwords, throttle, users } = setup();
    users.findByEmail.mockResolvedValue(user());
    users.membershipsOf.mockResolvedValue([membership(T1), membership(T2)]);
    passwords.verify.mockResolvedValue(true);
    const ctx = testContext({ tenantId: null, role: null, userId: null });
    const session = await sut.login(ctx, input);
    expect(session).toMatchObject({
      accessToken: 'access',
      refresh: { token: 'refresh' },
      role: 'DPO',
      tenant: { id: T2 },
    });
    expect(throttle.record).toHaveBeenCalledWith(ctx, 'dpo@example.test', null, true);
    expect(ctx.principal).toMatchObject({ tenantId: T2, role: 'DPO' });
    expect(ctx.audit).toHaveBeenCalledWith(expect.objectContaining({ action: 'auth.login' }));
  });

  it('asks a user with a passkey (and no TOTP) for it after the password; its answer stands in for a code', async () => {
    const { sut, passwords, passkeys, users, separate } = setup();
    users.findByEmail.mockResolvedValue(user());
    users.membershipsOf.mockResolvedValue([membership(T1)]);
    passwords.verify.mockResolvedValue(true);
    passkeys.has.mockResolvedValue(true);
    expect(await refusal(sut.login(testContext({ tenantId: null }), input))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'A passkey is required',
      details: { fields: { passkeyResponse: 'required' } },
    });
    expect(separate).toHaveLength(0);

    passkeys.checkSecondFactor.mockResolvedValueOnce('passkey_counter').mockResolvedValueOnce(null);
    expect(
      await refusal(sut.login(testContext({ tenantId: null }), { ...input, passkeyResponse: '{}' })),
    ).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Invalid email or password' });
    expect(separate[0]?.audit).toHaveBeenCalledWith(
      expect.objectContaining({ changes: { reason: 'passkey_counter' } }),
    );
    const ctx = testContext({ tenantId: null });
    await sut.login(ctx, { ...input, passkeyResponse: '{"id":"k"}' });
    expect(passkeys.checkSecondFactor).toHaveBeenLastCalledWith(ctx, expect.any(User), '{"id":"k"}');
    expect(ctx.audit).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'auth.login',
        changes: { method: 'password', secondFactor: 'passkey' },
      }),
    );
  });

  it("a passkey satisfies the firm's two-factor policy: staff with one are not sent to set up TOTP", async () => {
    const { sut, passwords, passkeys, passkeyRecords, tokens, users } = setup();
    users.findByEmail.mockResolvedValue(user());
    users.membershipsOf.mockResolvedValue([membership(T1)]);
    users.tenants.mockResolvedValue([
      Object.assign(new Tenant(), { id: T1, name: 'K', requireTwoFactor: true }),
    ]);
    passwords.verify.mockResolvedValue(true);
    await sut.login(testContext({ tenantId: null }), input);
    expect(tokens.accessToken).toHaveBeenLastCalledWith(
      expect.objectContaining({ twoFactorSetupRequired: true }),
    );
    passkeys.has.mockResolvedValue(true);
    passkeyRecords.exists.mockResolvedValue(true);
    passkeys.checkSecondFactor.mockResolvedValue(null);
    await sut.login(testContext({ tenantId: null }), { ...input, passkeyResponse: '{}' });
    expect(tokens.accessToken).toHaveBeenLastCalledWith(
      expect.objectContaining({ twoFactorSetupRequired: false }),
    );
  });
});
