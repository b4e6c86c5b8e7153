import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { JobsService } from '@klarsicht/api-core';
import { MailDeliveryService } from '@klarsicht/api-notifications';
import { addMember, createClient, signUpFirm, type Firm } from '../support/factories';
import { startTestApp, withOwner, type TestApp } from '../support/test-app';

// The 24- and 48-hour reminders of a breach's 72-hour clock (docs/legal-clocks.md § Reminders).
const HOUR = 3_600_000;

type Outbox = { recipient: string; data: { breachId: string; hours: number; deadline: string } };

describe('Breach reminders at 24 and 48 hours after awareness', () => {
  let app: TestApp;
  let firm: Firm;
  let assigned: { token: string; userId: string; email: string };
  let unassigned: { token: string; userId: string; email: string };
  let clientId: string;

  const sql = (text: string, params: unknown[] = []) =>
    withOwner(app, async (db) => (await db.query(text, params)).rows);
  const report = async (title: string, hoursAgo: number, risk: string): Promise<string> => {
    const result = await app.gql<{ reportBreach: { id: string } }>(
      `mutation ($input: ReportBreachInput!) { reportBreach(input: $input) { id } }`,
      {
        input: { clientId, title, risk, discoveredAt: new Date(Date.now() - hoursAgo * HOUR).toISOString() },
      },
      { token: firm.token },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.reportBreach.id;
  };
  const reminders = async (): Promise<Outbox[]> =>
    (await sql(
      `SELECT recipient, data FROM outbox_message WHERE tenant_id = $1 AND template = 'breach-reminder'
        ORDER BY created_at, recipient`,
      [firm.tenantId],
    )) as Outbox[];
  const runJob = () => app.app.get(JobsService).runNow('breaches-late');

  beforeAll(async () => {
    app = await startTestApp();
    firm = await signUpFirm(app);
    assigned = await addMember(app, firm.token, 'DPO');
    unassigned = await addMember(app, firm.token, 'DPO');
    clientId = await createClient(app, firm.token, 'Pflegedienst Sonnenschein');
    await sql(`UPDATE client SET assigned_dpo_id = $1 WHERE id = $2`, [assigned.userId, clientId]);
    // The reminder switch governs routine reminders; a legal clock's reminders go out regardless.
    await sql(`INSERT INTO notification_preference (user_id, reminders_enabled) VALUES ($1, false)`, [
      assigned.userId,
    ]);
  });
  afterAll(() => app.close());

  it('reminds the assigned DPO and the owners once per stage, and only of notifiable, unnotified breaches', async () => {
    const due = await report('Dienstplan an falsche Gruppe', 25, 'RISK');
    await report('Zu früh', 10, 'HIGH_RISK');
    await report('Kein Risiko', 30, 'NO_RISK');
    await report('Frist abgelaufen', 73, 'HIGH_RISK');
    const notified = await report('Schon gemeldet', 30, 'RISK');
    const done = await app.gql(
      `mutation ($id: ID!) { markBreachNotified(id: $id, input: { reference: "LDA-1" }) { id } }`,
      { id: notified },
      { token: firm.token },
    );
    expect(done.errors).toBeUndefined();

    await runJob();
    await runJob();
    const first = await reminders();
    expect(first.map((r) => [r.recipient, r.data.breachId, r.data.hours]).sort()).toEqual(
      [
        [assigned.email, due, 24],
        [firm.email, due, 24],
      ].sort(),
    );
    expect(first.some((r) => r.recipient === unassigned.email)).toBe(false);

    // A day later the 48-hour stage, once however often the job runs.
    await sql(`UPDATE breach SET discovered_at = now() - interval '49 hours' WHERE id = $1`, [due]);
    await runJob();
    await runJob();
    const second = (await reminders()).slice(first.length);
    expect(second.map((r) => [r.recipient, r.data.hours]).sort()).toEqual(
      [
        [assigned.email, 48],
        [firm.email, 48],
      ].sort(),
    );
    const [{ reminded_hours }] = (await sql(`SELECT reminded_hours FROM breach WHERE id = $1`, [due])) as {
      reminded_hours: number[];
    }[];
    expect(reminded_hours).toEqual([24, 48]);
  });

  it('a job that was down sends the latest stage only and claims the earlier one with it', async () => {
    const late = await report('Laptop gestohlen', 50, 'HIGH_RISK');
    await runJob();
    const sent = (await reminders()).filter((r) => r.data.breachId === late);
    expect(sent.map((r) => r.data.hours)).toEqual([48, 48]);
    const [{ reminded_hours }] = (await sql(`SELECT reminded_hours FROM breach WHERE id = $1`, [late])) as {
      reminded_hours: number[];
    }[];
    expect(reminded_hours).toEqual([24, 48]);
  });

  it('arrives as a German mail naming the deadline to the minute, and in the bell with a link to the register', async () => {
    await app.app.get(MailDeliveryService).deliverDue([firm.tenantId]);
    const dir = join(app.config.DATA_DIR, 'mail');
    const mails = await Promise.all(
      (await readdir(dir)).map(async (f) => simpleParser(await readFile(join(dir, f)))),
    );
    const mine = mails.filter(
      (m) =>
        (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text === assigned.email) &&
        /Datenpanne/.test(m.subject ?? ''),
    );
    expect(mine.map((m) => m.subject).sort()).toEqual([
      'Datenpanne noch nicht gemeldet (24 Std.): Dienstplan an falsche Gruppe',
      'Datenpanne noch nicht gemeldet (48 Std.): Dienstplan an falsche Gruppe',
      'Datenpanne noch nicht gemeldet (48 Std.): Laptop gestohlen',
    ]);
    expect(mine[0]?.text).toMatch(/Die Meldung ist bis \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} fällig/);
    expect(mine[0]?.text).toContain(`/clients/${clientId}?tab=breaches`);

    const bell = await app.gql<{
      notifications: { edges: { node: { kind: string; title: string; link: string } }[] };
    }>(`{ notifications(first: 20) { edges { node { kind title link } } } }`, undefined, {
      token: assigned.token,
    });
    const nodes = bell.data?.notifications.edges
      .map((e) => e.node)
      .filter((n) => n.kind === 'breach_reminder');
    expect(nodes).toHaveLength(3);
    expect(nodes?.[0]?.link).toBe(`/clients/${clientId}?tab=breaches`);
    expect(nodes?.[0]?.title).toMatch(
      /^Datenpanne noch nicht gemeldet, fällig .+ \(Pflegedienst Sonnenschein\)$/,
    );
  });
});
