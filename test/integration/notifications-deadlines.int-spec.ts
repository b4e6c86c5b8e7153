import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { JobsService } from '@klarsicht/api-core';
import {
  DIGEST_QUEUE,
  DigestService,
  MailDeliveryService,
  REMINDERS_QUEUE,
  RemindersService,
} from '@klarsicht/api-notifications';
import { addMember, createClient, signUpFirm } from '../support/factories';
import { startTestApp, withOwner, type TestApp } from '../support/test-app';

// Reminders and digest (docs/architecture.md § Reminders and digest), on the real app and database.
const DAY = 24 * 3600 * 1000;
// 06:30 UTC in December is 07:30 in Berlin: the default digest hour.
const NOW = new Date(Date.UTC(2026, 11, 7, 6, 30));
const at = (days: number): Date => new Date(NOW.getTime() + days * DAY);

type Outbox = { template: string; recipient: string; data: Record<string, unknown> };

describe('Deadline reminders and the daily digest', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const sql = (text: string, params: unknown[] = []) =>
    withOwner(app, async (db) => (await db.query(text, params)).rows);

  const addTask = (
    tenantId: string,
    clientId: string,
    title: string,
    dueAt: Date,
    assignee: string | null,
    status = 'OPEN',
  ) =>
    sql(
      `INSERT INTO task (id, tenant_id, client_id, title, status, due_at, assignee_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), tenantId, clientId, title, status, dueAt, assignee],
    );

  const addDocument = (tenantId: string, clientId: string, title: string, reviewAt: Date) =>
    sql(
      `INSERT INTO document (id, tenant_id, client_id, type, title, status, next_review_at, updated_at)
       VALUES ($1, $2, $3, 'POLICY', $4, 'APPROVED', $5, now())`,
      [randomUUID(), tenantId, clientId, title, reviewAt],
    );

  const outbox = (tenantId: string, templates: string[]): Promise<Outbox[]> =>
    sql(
      `SELECT template, recipient, data FROM outbox_message WHERE tenant_id = $1 AND template = ANY($2) ORDER BY created_at, recipient`,
      [tenantId, templates],
    ) as Promise<Outbox[]>;

  const runAll = (work: 'reminders' | 'digest', now = NOW) =>
    app.app.get(JobsService).forEachTenant(`test-${work}`, async (ctx) => {
      if (work === 'reminders') await app.app.get(RemindersService).sendDue(ctx, now);
      else await app.app.get(DigestService).sendDue(ctx, now);
    });

  /** Delivers the outbox (file transport) and returns the reminders and digests sent to `to`, parsed. */
  const mailsTo = async (to: string): Promise<{ subject: string; text: string }[]> => {
    // Only the firms this recipient's mail belongs to: other suites share the database and deliver their own.
    const firms = await sql(`SELECT DISTINCT tenant_id FROM outbox_message WHERE recipient = $1`, [to]);
    await app.app
      .get(MailDeliveryService)
      .deliverDue(firms.map((r) => (r as { tenant_id: string }).tenant_id));
    const dir = join(app.config.DATA_DIR, 'mail');
    const mails = await Promise.all(
      (await readdir(dir)).map(async (f) => simpleParser(await readFile(join(dir, f)))),
    );
    return (
      mails
        .filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text === to))
        // Members joined by invitation got that mail too; these tests look at reminders and digests.
        .filter((m) => !/^(Einladung zu|Invitation to) /.test(m.subject ?? ''))
        .map((m) => ({ subject: m.subject ?? '', text: m.text ?? '' }))
    );
  };

  it('remind at 7, 1 and 0 days and once when overdue, each once however often the job runs', async () => {
    const firm = await signUpFirm(app);
    const client = await createClient(app, firm.token, 'Bäckerei Korn');
    const quiet = await addMember(app, firm.token, 'DPO');
    await sql(`INSERT INTO notification_preference (user_id, reminders_enabled) VALUES ($1, false)`, [
      quiet.userId,
    ]);
    await sql(`UPDATE client SET assigned_dpo_id = $1 WHERE id = $2`, [firm.userId, client]);
    for (const [title, days] of [
      ['In sieben', 7],
      ['Morgen', 1],
      ['Heute', 0],
      ['Gestern', -1],
      ['In drei', 3],
    ] as const)
      await addTask(firm.tenantId, client, title, at(days), firm.userId);
    await addTask(firm.tenantId, client, 'Erledigt', at(-2), firm.userId, 'DONE');
    await addTask(firm.tenantId, client, 'Niemandem', at(0), null);
    await addTask(firm.tenantId, client, 'Abbestellt', at(0), quiet.userId);
    await addDocument(firm.tenantId, client, 'Löschkonzept', at(7));

    await runAll('reminders');
    await runAll('reminders');
    await app.app.get(JobsService).runNow(REMINDERS_QUEUE);

    const rows = await outbox(firm.tenantId, ['task-reminder', 'review-reminder']);
    expect(rows.map((r) => [r.template, r.data['title'], r.data['offsetDays']]).sort()).toEqual(
      [
        ['review-reminder', 'Löschkonzept', 7],
        ['task-reminder', 'Gestern', -1],
        ['task-reminder', 'Heute', 0],
        ['task-reminder', 'In sieben', 7],
        ['task-reminder', 'Morgen', 1],
      ].sort(),
    );
    expect(new Set(rows.map((r) => r.recipient))).toEqual(new Set([firm.email]));
    const kinds = await sql(
      `SELECT kind, data->>'title' AS title FROM notification WHERE tenant_id = $1 ORDER BY 2`,
      [firm.tenantId],
    );
    expect(kinds).toEqual([
      { kind: 'task_overdue', title: 'Gestern' },
      { kind: 'task_due', title: 'Heute' },
      { kind: 'task_due', title: 'In sieben' },
      { kind: 'review_due', title: 'Löschkonzept' },
      { kind: 'task_due', title: 'Morgen' },
    ]);
    expect(
      await outbox(firm.tenantId, ['task-reminder']).then((r) =>
        r.filter((m) => m.recipient === quiet.email),
      ),
    ).toEqual([]);

    // The next day "Gestern" is not reminded again; "Heute" is overdue now and "Morgen" due today.
    await runAll('reminders', at(1));
    const next = await outbox(firm.tenantId, ['task-reminder']);
    expect(
      next
        .slice(rows.length - 1)
        .map((r) => [r.data['title'], r.data['offsetDays']])
        .sort(),
    ).toEqual([
      ['Heute', -1],
      ['Morgen', 0],
    ]);

    const mails = await mailsTo(firm.email);
    const overdue = mails.find((m) => m.subject === 'Überfällig: Gestern');
    expect(overdue?.text).toContain('Ihre Aufgabe für Bäckerei Korn, „Gestern“, war am');
    expect(overdue?.text).toMatch(/\/tasks\?task=[0-9a-f-]{36}/);
    const review = mails.find((m) => m.subject === 'Erinnerung an die Prüfung: Löschkonzept');
    expect(review?.text).toContain(`/clients/${client}`);
    expect(review?.text).toContain('ist in 7 Tagen fällig');
  });

  it('send each member one digest a day with only what they may see, never another firm’s', async () => {
    const firm = await signUpFirm(app);
    const other = await signUpFirm(app);
    const mine = await createClient(app, firm.token, 'Mandant Eigen');
    const theirs = await createClient(app, firm.token, 'Mandant Fremd');
    const foreign = await createClient(app, other.token, 'Mandant Andere Kanzlei');
    const clientUser = await addMember(app, firm.token, 'CLIENT_VIEWER', mine);
    await sql(`INSERT INTO notification_preference (user_id, language) VALUES ($1, 'en')`, [
      clientUser.userId,
    ]);
    await addTask(firm.tenantId, mine, 'Eigene überfällig', at(-3), firm.userId);
    await addTask(firm.tenantId, mine, 'Eigene bald', at(2), null);
    await addTask(firm.tenantId, theirs, 'Fremde bald', at(3), null);
    await addTask(firm.tenantId, theirs, 'Fremde in zehn Tagen', at(10), null);
    await addDocument(firm.tenantId, theirs, 'Fremdes Verzeichnis', at(20));
    await addTask(other.tenantId, foreign, 'Andere Kanzlei überfällig', at(-1), other.userId);
    for (let i = 0; i < 23; i += 1) await addTask(other.tenantId, foreign, `Viele ${i}`, at(1), null);
    const subject = randomUUID();
    await sql(`INSERT INTO consent_subject (id, tenant_id, client_id) VALUES ($1, $2, $3)`, [
      subject,
      firm.tenantId,
      mine,
    ]);
    await sql(
      `INSERT INTO consent_record (id, tenant_id, client_id, subject_id, purpose, status, requested_at, expires_at, updated_at)
       VALUES ($1, $2, $3, $4, 'MARKETING', 'PENDING', $5, $6, now())`,
      [randomUUID(), firm.tenantId, mine, subject, at(-5), at(9)],
    );

    await runAll('digest', at(-0.5)); // 19:30 Berlin the day before: nobody's hour
    expect(await outbox(firm.tenantId, ['digest'])).toEqual([]);
    await runAll('digest');
    await runAll('digest');
    await runAll('digest', new Date(NOW.getTime() + 3600 * 1000)); // the next hour
    await app.app.get(JobsService).runNow(DIGEST_QUEUE);

    const rows = await outbox(firm.tenantId, ['digest']);
    expect(rows.map((r) => r.recipient).sort()).toEqual([firm.email, clientUser.email].sort());
    expect((await outbox(other.tenantId, ['digest'])).map((r) => r.recipient)).toEqual([other.email]);
    expect(
      await sql(`SELECT count(*)::int AS n FROM digest_sent WHERE tenant_id = $1`, [firm.tenantId]),
    ).toEqual([{ n: 2 }]);

    const [staff] = await mailsTo(firm.email);
    expect(staff?.subject).toMatch(/^Ihre Klarsicht-Übersicht für Kanzlei/);
    for (const title of [
      'Eigene überfällig',
      'Eigene bald',
      'Fremde bald',
      'Fremdes Verzeichnis',
      'Mandant Eigen: 1 offen seit',
    ])
      expect(staff?.text).toContain(title);
    expect(staff?.text).not.toContain('Fremde in zehn Tagen');
    expect(staff?.text).not.toContain('Andere Kanzlei');
    expect(staff?.text).not.toContain('Viele');

    const [viewer] = await mailsTo(clientUser.email);
    expect(viewer?.subject).toMatch(/^Your Klarsicht digest for/);
    expect(viewer?.text).toContain('Overdue tasks (1)');
    expect(viewer?.text).toContain('Eigene bald');
    expect(viewer?.text).toContain('Mandant Eigen: 1 pending since');
    expect(viewer?.text).not.toContain('Fremd');
    expect(viewer?.text).not.toContain('Andere Kanzlei');

    // The other firm's owner: 23 due tasks, capped at 20 lines and "und 3 weitere"; nothing of the first firm.
    const [outsider] = await mailsTo(other.email);
    expect(outsider?.text).toContain('Aufgaben, fällig in den nächsten 7 Tagen (23)');
    expect(outsider?.text).toContain('und 3 weitere');
    expect(outsider?.text).not.toContain('Eigen');
    expect(outsider?.text).not.toContain('Fremd');
  });

  it('mark an empty digest sent without mailing it', async () => {
    const firm = await signUpFirm(app);
    await runAll('digest');
    expect(await outbox(firm.tenantId, ['digest'])).toEqual([]);
    expect(await sql(`SELECT user_id FROM digest_sent WHERE tenant_id = $1`, [firm.tenantId])).toEqual([
      { user_id: firm.userId },
    ]);
  });
});
