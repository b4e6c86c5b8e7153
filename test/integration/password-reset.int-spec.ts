import { generateSync } from 'otplib';
import { MailDeliveryService } from '@klarsicht/api-notifications';
import { addMember, loginRequest, signUpFirm, type Firm } from '../support/factories';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

const NEW_PASSWORD = 'Ein-ganz-neues-Passwort-2027!';
const code = (result: GqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.['code'];

/** Password reset beyond the happy path (issue 15): second factor, throttles. */
describe('Password reset: second factor and throttles', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let firm: Firm;

  const requestReset = (email: string) =>
    app.gql<{ requestPasswordReset: boolean }>('mutation ($e: String!) { requestPasswordReset(email: $e) }', {
      e: email,
    });
  const resetPassword = (input: Record<string, unknown>) =>
    app.gql<{ resetPassword: { accessToken: string } }>(
      'mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { accessToken } }',
      { i: input },
    );
  const mailedToken = async (email: string): Promise<string> => {
    await app.app.get(MailDeliveryService).deliverDue([firm.tenantId]);
    const mail = [...(await smtp.waitFor(1))]
      .reverse()
      .find((m) => m.to && 'text' in m.to && m.to.text === email);
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    if (!token) throw new Error('No reset mail');
    return token;
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    // Its own per-IP counter (keyed by the limit in the shared database): 8 requests an hour in this suite.
    app = await startTestApp({ SMTP_URL: smtp.url, PASSWORD_RESET_MAX_PER_IP: '8' });
    firm = await signUpFirm(app);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  it('asks for the second factor; without it nothing changes and the link keeps working', async () => {
    const member = await addMember(app, firm.token, 'DPO');
    const setup = await app.gql<{ enableTotp: { secret: string } }>(
      'mutation { enableTotp { secret } }',
      {},
      { token: member.token },
    );
    const secret = setup.data?.enableTotp.secret ?? '';
    await app.gql(
      'mutation ($i: TotpCodeInput!) { confirmTotp(input: $i) { totpEnabled } }',
      { i: { code: generateSync({ secret }) } },
      { token: member.token },
    );
    await requestReset(member.email);
    const token = await mailedToken(member.email);
    const missing = await resetPassword({ token, password: NEW_PASSWORD });
    expect(code(missing)).toBe('UNAUTHENTICATED');
    expect(missing.errors?.[0]?.extensions?.['fields']).toEqual({ totpCode: 'required' });
    const stillOld = (await (await loginRequest(app, member.email, NEW_PASSWORD)).json()) as {
      errors?: unknown[];
    };
    expect(stillOld.errors).toBeDefined();
    // The code of the setup's time step was used already: a code of a fresh step.
    await withOwner(app, (db) =>
      db.query('UPDATE app_user SET totp_last_step = NULL WHERE id = $1', [member.userId]),
    );
    const done = await resetPassword({ token, password: NEW_PASSWORD, totpCode: generateSync({ secret }) });
    expect(done.errors).toBeUndefined();
    expect(done.data?.resetPassword.accessToken).toBeTruthy();
  });

  it('mails an account at most three reset links an hour, and still answers true', async () => {
    const member = await addMember(app, firm.token, 'ASSISTANT');
    for (let i = 0; i < 4; i++)
      expect((await requestReset(member.email)).data?.requestPasswordReset).toBe(true);
    const issued = await withOwner(app, (db) =>
      db.query('SELECT 1 FROM password_reset WHERE user_id = $1', [member.userId]),
    );
    expect(issued.rowCount).toBe(3);
  });

  it('refuses more requests per IP address than PASSWORD_RESET_MAX_PER_IP (8 here, with those above)', async () => {
    const answers: unknown[] = [];
    for (let i = 0; i < 6; i++) answers.push(code(await requestReset(`unbekannt-${i}@example.test`)));
    expect(answers).toContain('RATE_LIMITED');
  });
});
