import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MailDeliveryService } from '@klarsicht/api-notifications';
import {
  addMember,
  createClient,
  loginRequest,
  signUpFirm,
  STRONG_PASSWORD,
  type Firm,
} from '../support/factories';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

const NEW_PASSWORD = 'Ein-ganz-neues-Passwort-2027!';
const code = (result: GqlResult<unknown>): unknown => result.errors?.[0]?.extensions?.['code'];
const linkIn = (text: string | undefined, path: string): string => {
  const match = new RegExp(`https?://[^\\s]+/${path}/([A-Za-z0-9._~-]+)`).exec(text ?? '');
  if (!match?.[1]) throw new Error(`No /${path}/ link in: ${text}`);
  return match[1];
};

/** Mail that leaves Klarsicht (issue 15): a real SMTP server, messages read back with mailparser. */
describe('Notifications: mail through the outbox', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let firm: Firm;

  // This suite's firms only: the test database is shared with suites that deliver their own mail.
  const deliver = () => app.app.get(MailDeliveryService).deliverDue([firm.tenantId]);
  const outbox = (template: string) =>
    withOwner(
      app,
      async (db) =>
        (
          await db.query<{
            id: string;
            status: string;
            attempts: number;
            last_error: string | null;
            secret: Buffer | null;
          }>(
            `SELECT id, status, attempts, last_error, secret FROM outbox_message WHERE tenant_id = $1 AND template = $2 ORDER BY created_at`,
            [firm.tenantId, template],
          )
        ).rows,
    );
  const login = (email: string, password: string) => loginRequest(app, email, password);
  const requestReset = (email: string) =>
    app.gql<{ requestPasswordReset: boolean }>('mutation ($e: String!) { requestPasswordReset(email: $e) }', {
      e: email,
    });
  const resetPassword = (token: string, password: string) =>
    app.gql<{ resetPassword: { accessToken: string; user: { email: string } } }>(
      'mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { accessToken user { email } } }',
      { i: { token, password } },
    );

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      MAIL_RETRY_BASE_SECONDS: '0',
      PUBLIC_URL: 'http://klarsicht.test',
      // A per-IP budget of its own: the counters live in the run's shared database, keyed by the configured limit,
      // and every suite asks from 127.0.0.1.
      PASSWORD_RESET_MAX_PER_IP: '501',
    });
    firm = await signUpFirm(app, 'Kanzlei Nord & Partner');
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  it('mails the invitation, and its link accepts it', async () => {
    const before = smtp.messages.length;
    const email = `eingeladen-${Date.now()}@example.test`;
    const invited = await app.gql(
      'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
      { i: { email, role: 'DPO' } },
      { token: firm.token },
    );
    expect(invited.errors).toBeUndefined();
    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe(email);
    expect(mail?.subject).toBe('Einladung zu Kanzlei Nord & Partner in Klarsicht');
    expect(mail?.messageId).toMatch(/^<[0-9a-f-]{36}@klarsicht\.test>$/);
    expect(mail?.html).toContain('Kanzlei Nord &amp; Partner');
    expect(mail?.text).toContain(
      'Benachrichtigungen einstellen: http://klarsicht.test/settings/notifications',
    );
    const token = linkIn(mail?.text, 'invitations');
    const accepted = await app.gql<{ acceptInvitation: { user: { email: string } } }>(
      'mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { email } } }',
      { i: { token, name: 'Neue Kollegin', password: STRONG_PASSWORD } },
    );
    expect(accepted.data?.acceptInvitation.user.email).toBe(email);
    // Sent: the sealed token is gone from the outbox; the trail has queued and sent, without the token.
    const [row] = await outbox('invitation');
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, secret: null });
    const audit = await withOwner(app, (db) =>
      db.query<{ action: string; changes: unknown }>(
        `SELECT action, changes FROM audit_event WHERE tenant_id = $1 AND entity_id = $2 ORDER BY seq`,
        [firm.tenantId, row?.id],
      ),
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['mail.queued', 'mail.sent']);
    expect(JSON.stringify(audit.rows)).not.toContain(token);
    expect(JSON.stringify(audit.rows)).not.toContain(email);
  });

  it('resets a forgotten password by mail: the new one works, the old one and old sessions do not, the link works once', async () => {
    const member = await addMember(app, firm.token, 'DPO');
    const oldLogin = await login(member.email, STRONG_PASSWORD);
    const oldCookie = (oldLogin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await deliver();
    const before = smtp.messages.length;
    expect((await requestReset(member.email.toUpperCase())).data?.requestPasswordReset).toBe(true);
    await deliver();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.subject).toBe('Klarsicht-Passwort zurücksetzen');
    const token = linkIn(mail?.text, 'reset-password');
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    // Only the hash is stored.
    const stored = await withOwner(app, (db) =>
      db.query<{ token_hash: string }>('SELECT token_hash FROM password_reset WHERE user_id = $1', [
        member.userId,
      ]),
    );
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    const reset = await resetPassword(token, NEW_PASSWORD);
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword.user.email).toBe(member.email);
    expect((await login(member.email, NEW_PASSWORD)).status).toBe(200);
    const old = (await (await login(member.email, STRONG_PASSWORD)).json()) as { errors?: unknown[] };
    expect(old.errors).toBeDefined();
    const refreshed = (await (
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: oldCookie },
        body: JSON.stringify({ query: 'mutation { refreshToken { accessToken } }' }),
      })
    ).json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(refreshed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Once only.
    expect(code(await resetPassword(token, 'Noch-ein-anderes-Passwort-2028!'))).toBe('NOT_FOUND');
  });

  it('refuses a reset link after 60 minutes', async () => {
    const member = await addMember(app, firm.token, 'ASSISTANT');
    await deliver();
    const before = smtp.messages.length;
    await requestReset(member.email);
    await deliver();
    const token = linkIn((await smtp.waitFor(before + 1))[before]?.text, 'reset-password');
    await withOwner(app, (db) =>
      db.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        member.userId,
      ]),
    );
    expect(code(await resetPassword(token, NEW_PASSWORD))).toBe('NOT_FOUND');
    expect((await login(member.email, STRONG_PASSWORD)).status).toBe(200);
  });

  it('answers true for an unknown address and sends nothing', async () => {
    const queued = await withOwner(app, async (db) =>
      Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM outbox_message`)).rows[0]?.n),
    );
    expect((await requestReset('niemand-hier@example.test')).data?.requestPasswordReset).toBe(true);
    expect((await requestReset('kein at zeichen')).data?.requestPasswordReset).toBe(true);
    const after = await withOwner(app, async (db) =>
      Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM outbox_message`)).rows[0]?.n),
    );
    expect(after).toBe(queued);
  });

  it('tells the assignee of a task: in the bell and by mail', async () => {
    const clientId = await createClient(app, firm.token, 'Bäckerei Sonnenschein');
    const dpo = await addMember(app, firm.token, 'DPO');
    await deliver();
    const before = smtp.messages.length;
    const created = await app.gql<{ createTask: { id: string } }>(
      'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { clientId, title: 'AV-Vertrag prüfen', assigneeId: dpo.userId } },
      { token: firm.token },
    );
    expect(created.errors).toBeUndefined();
    const bell = await app.gql<{
      notifications: { unreadCount: number; edges: { node: { id: string; title: string; link: string } }[] };
    }>(
      '{ notifications(first: 10) { unreadCount edges { node { id title link } } } }',
      {},
      { token: dpo.token },
    );
    expect(bell.data?.notifications.unreadCount).toBe(1);
    expect(bell.data?.notifications.edges[0]?.node).toMatchObject({
      title: 'Ihnen zugewiesen: AV-Vertrag prüfen (Bäckerei Sonnenschein)',
      link: `/tasks?task=${created.data?.createTask.id}`,
    });
    // The owner's bell has nothing of it (notifications are per recipient).
    const ownBell = await app.gql<{ notifications: { totalCount: number } }>(
      '{ notifications { totalCount } }',
      {},
      { token: firm.token },
    );
    expect(ownBell.data?.notifications.totalCount).toBe(0);
    const id = bell.data?.notifications.edges[0]?.node.id;
    expect(
      (
        await app.gql(
          'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
          { ids: [id] },
          { token: firm.token },
        )
      ).data,
    ).toEqual({ markNotificationsRead: 0 });
    expect(
      (
        await app.gql(
          'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
          { ids: [id] },
          { token: dpo.token },
        )
      ).data,
    ).toEqual({ markNotificationsRead: 1 });
    await deliver();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.subject).toBe('Neue Aufgabe für Sie: AV-Vertrag prüfen');
    expect(mail?.text).toContain('Bäckerei Sonnenschein');
  });

  it('keeps the assignment in the bell but sends no mail to a member who turned reminders off', async () => {
    const clientId = await createClient(app, firm.token);
    const dpo = await addMember(app, firm.token, 'DPO');
    await app.gql(
      'mutation ($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { remindersEnabled } }',
      { i: { remindersEnabled: false } },
      { token: dpo.token },
    );
    await deliver();
    const queued = (await outbox('task-assigned')).length;
    await app.gql(
      'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { clientId, title: 'Ohne Mail', assigneeId: dpo.userId } },
      { token: firm.token },
    );
    expect((await outbox('task-assigned')).length).toBe(queued);
    const bell = await app.gql<{ notifications: { unreadCount: number } }>(
      '{ notifications { unreadCount } }',
      {},
      { token: dpo.token },
    );
    expect(bell.data?.notifications.unreadCount).toBe(1);
  });

  it("mails in the recipient's language", async () => {
    const member = await addMember(app, firm.token, 'DPO');
    const saved = await app.gql<{ updateNotificationPreferences: { language: string; digestHour: number } }>(
      'mutation ($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { language digestHour } }',
      { i: { language: 'en', digestHour: 9 } },
      { token: member.token },
    );
    expect(saved.data?.updateNotificationPreferences).toEqual({ language: 'en', digestHour: 9 });
    expect(
      code(
        await app.gql(
          'mutation ($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { language } }',
          { i: { digestHour: 24 } },
          { token: member.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await deliver();
    const before = smtp.messages.length;
    await requestReset(member.email);
    await deliver();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.subject).toBe('Reset your Klarsicht password');
    expect(mail?.text).toContain('Notification settings: http://klarsicht.test/settings/notifications');
  });

  it('loses nothing while the mail server is down, and sends each message once when it is back', async () => {
    await deliver();
    await smtp.stop();
    const emails = [1, 2, 3].map((i) => `wartend-${i}-${Date.now()}@example.test`);
    for (const email of emails)
      await app.gql(
        'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
        { i: { email, role: 'ASSISTANT' } },
        { token: firm.token },
      );
    expect(await deliver()).toEqual({ sent: 0, failed: 3 });
    expect(await deliver()).toEqual({ sent: 0, failed: 3 });
    const waiting = (await outbox('invitation')).slice(-3);
    for (const row of waiting) {
      expect(row.status).toBe('QUEUED');
      expect(row.attempts).toBe(2);
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    }
    const before = smtp.messages.length;
    await smtp.start();
    expect(await deliver()).toEqual({ sent: 3, failed: 0 });
    expect(await deliver()).toEqual({ sent: 0, failed: 0 });
    await smtp.waitFor(before + 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const arrived = smtp.messages.slice(before).map((m) => (m.to && 'text' in m.to ? m.to.text : ''));
    expect(arrived.sort()).toEqual([...emails].sort());
    expect((await outbox('invitation')).slice(-3).map((r) => r.status)).toEqual(['SENT', 'SENT', 'SENT']);
  });

  it('marks a message FAILED with its last error after the last attempt, audited', async () => {
    const failing = await startTestApp({
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_RETRY_BASE_SECONDS: '0',
      MAIL_MAX_ATTEMPTS: '2',
    });
    try {
      const other = await signUpFirm(failing);
      await failing.gql(
        'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
        { i: { email: 'x@example.test', role: 'DPO' } },
        { token: other.token },
      );
      const delivery = failing.app.get(MailDeliveryService);
      await delivery.deliverDue([other.tenantId]);
      await delivery.deliverDue([other.tenantId]);
      const rows = await withOwner(failing, (db) =>
        db.query<{ status: string; attempts: number; last_error: string; secret: Buffer | null; id: string }>(
          `SELECT id, status, attempts, last_error, secret FROM outbox_message WHERE tenant_id = $1`,
          [other.tenantId],
        ),
      );
      expect(rows.rows[0]).toMatchObject({ status: 'FAILED', attempts: 2, secret: null });
      expect(rows.rows[0]?.last_error).toBeTruthy();
      const audit = await withOwner(failing, (db) =>
        db.query(
          `SELECT 1 FROM audit_event WHERE tenant_id = $1 AND action = 'mail.failed' AND entity_id = $2`,
          [other.tenantId, rows.rows[0]?.id],
        ),
      );
      expect(audit.rowCount).toBe(1);
      expect(await delivery.deliverDue([other.tenantId])).toEqual({ sent: 0, failed: 0 });
      // Past MAIL_RETENTION_DAYS the row goes; the trail keeps that it failed.
      await withOwner(failing, (db) =>
        db.query(`UPDATE outbox_message SET created_at = now() - interval '91 days' WHERE tenant_id = $1`, [
          other.tenantId,
        ]),
      );
      expect(await delivery.purgeOld()).toBeGreaterThanOrEqual(1);
      const left = await withOwner(failing, (db) =>
        db.query(`SELECT 1 FROM outbox_message WHERE tenant_id = $1`, [other.tenantId]),
      );
      expect(left.rowCount).toBe(0);
    } finally {
      await failing.close();
    }
  });

  it('without SMTP_URL writes each mail as an .eml file under DATA_DIR/mail/', async () => {
    const local = await startTestApp();
    try {
      const other = await signUpFirm(local, 'Kanzlei Datei');
      await local.gql(
        'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
        { i: { email: 'datei@example.test', role: 'DPO' } },
        { token: other.token },
      );
      expect(await local.app.get(MailDeliveryService).deliverDue([other.tenantId])).toEqual({
        sent: 1,
        failed: 0,
      });
      const dir = join(local.config.DATA_DIR, 'mail');
      const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(1);
      const eml = readFileSync(join(dir, files[0] ?? ''), 'utf8');
      expect(eml).toContain('To: datei@example.test');
      expect(eml).toMatch(/\/invitations\/[A-Za-z0-9._~-]+/);
    } finally {
      await local.close();
    }
  });
});
