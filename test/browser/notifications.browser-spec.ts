import { MailDeliveryService } from '@klarsicht/api-notifications';
import { addMember, createClient, signUpFirm } from '../support/factories';
import {
  seriousA11yViolations,
  startBrowserHarness,
  unique,
  type BrowserHarness,
} from '../support/browser-harness';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

describe('Notifications in Chromium: forgot password by mail, the bell', () => {
  let smtp: TestSmtp;
  let sut: BrowserHarness;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    sut = await startBrowserHarness({ env: { SMTP_URL: smtp.url, PASSWORD_RESET_MAX_PER_IP: '502' } });
  });
  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  it('resets a forgotten password from the mailed link, signs in, and shows a task assigned meanwhile in the bell', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Süd ${unique()}`);
    const deliver = () => sut.app.app.get(MailDeliveryService).deliverDue([firm.tenantId]);
    const clientId = await createClient(sut.app, firm.token, 'Metzgerei Huber');
    const dpo = await addMember(sut.app, firm.token, 'DPO');
    await deliver();

    const { page } = await sut.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.getByRole('heading', { name: 'Passwort vergessen' }).waitFor();
    await page.getByLabel('E-Mail-Adresse').fill(dpo.email);
    const before = smtp.messages.length;
    await page.getByRole('button', { name: 'Link senden' }).click();
    await page.getByText('Wenn zu dieser Adresse ein Konto gehört').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await deliver();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.subject).toBe('Klarsicht-Passwort zurücksetzen');
    const path = /\/reset-password\/[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0];
    expect(path).toBeDefined();

    await page.goto(path ?? '/');
    await page.getByRole('heading', { name: 'Neues Passwort festlegen' }).waitFor();
    await page.getByRole('textbox', { name: 'Neues Passwort' }).fill('Frisch-gesetztes-Passwort-2027!');
    await page.getByRole('button', { name: 'Passwort speichern und anmelden' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByRole('button', { name: 'Benachrichtigungen', exact: true }).waitFor();

    const task = await sut.app.gql<{ createTask: { id: string } }>(
      'mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { clientId, title: 'Löschkonzept abstimmen', assigneeId: dpo.userId } },
      { token: firm.token },
    );
    expect(task.errors).toBeUndefined();
    await page.reload();
    const bell = page.getByRole('button', { name: 'Benachrichtigungen, 1 ungelesen' });
    await bell.click();
    await page.getByText('Ihnen zugewiesen: Löschkonzept abstimmen (Metzgerei Huber)').click();
    await page.waitForURL(`**/tasks?task=${task.data?.createTask.id}`);
    await page.getByRole('button', { name: 'Benachrichtigungen', exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The settings every mail links to.
    await page.goto('/settings/notifications');
    await page.getByRole('heading', { name: 'Benachrichtigungen', level: 2 }).waitFor();
    await page.getByRole('switch', { name: 'Tägliche Übersicht per E-Mail' }).click({ force: true });
    await page.getByText('Gespeichert.').waitFor();
    const saved = await sut.app.gql<{ notificationPreferences: { digestEnabled: boolean } }>(
      '{ notificationPreferences { digestEnabled } }',
      {},
      { token: dpo.token },
    );
    expect(saved.data?.notificationPreferences.digestEnabled).toBe(false);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
