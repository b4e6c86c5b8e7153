import { signUpFirm } from '../support/factories';
import { TEST_PHONES } from '../support/sensitive-values';
import {
  saveScreenshot,
  seriousA11yViolations,
  signIn,
  startBrowserHarness,
  unique,
  type BrowserHarness,
} from '../support/browser-harness';

describe('Requests and breaches in Chromium: the legal clocks on the client page', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('reports a late high-risk breach, shows the clock and the draft, and marks it notified with reasons', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Süd ${unique()}`);
    const created = await sut.app.gql<{ createClient: { id: string } }>(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { name: 'Metzgerei Huber', federalState: 'BY' } },
      { token: firm.token },
    );
    const clientId = created.data?.createClient.id ?? '';

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.goto(`/clients/${clientId}?tab=breaches`);
    await page.getByText('Keine Datenpannen dokumentiert.').waitFor();
    await page
      .getByRole('banner')
      .or(page.locator('body'))
      .getByText('Grün', { exact: true })
      .first()
      .waitFor();

    // Aware since 73 hours, in the browser's own time (what a datetime-local field holds).
    const aware = await page.evaluate(() => {
      const at = new Date(Date.now() - 73 * 3_600_000);
      at.setMinutes(at.getMinutes() - at.getTimezoneOffset());
      return at.toISOString().slice(0, 16);
    });
    const form = page.getByRole('form', { name: 'Datenpanne erfassen' });
    await form.getByLabel('Bezeichnung').fill('Diensthandy mit Kundenchats gestohlen');
    await form.getByLabel('Kenntnis seit').fill(aware);
    await form.getByRole('combobox', { name: 'Risiko' }).click();
    await page.getByRole('option', { name: 'Hohes Risiko' }).click();
    await form.getByRole('button', { name: 'Datenpanne erfassen' }).click();

    const card = page.getByRole('article', { name: 'Diensthandy mit Kundenchats gestohlen' });
    await card.waitFor();
    const clock = card.getByRole('timer');
    expect(await clock.textContent()).toMatch(/^Frist seit 1 Std\. [01] Min\. überschritten$/);
    await card
      .getByText('Zuständige Aufsichtsbehörde: Bayerisches Landesamt für Datenschutzaufsicht', {
        exact: false,
      })
      .waitFor();
    await card.getByText('Hohes Risiko: die Betroffenen sind zu benachrichtigen', { exact: false }).waitFor();
    await page.getByText('Rot', { exact: true }).first().waitFor();
    await card.getByRole('button', { name: 'Meldeentwurf anzeigen' }).click();
    await card
      .getByText('Meldung einer Verletzung des Schutzes personenbezogener Daten', { exact: false })
      .waitFor();
    await saveScreenshot(page, 'client-breaches');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // After 72 hours the reasons are required: without them the api refuses.
    const notify = card.getByRole('form', { name: 'Als gemeldet markieren' });
    await notify.getByLabel('Aktenzeichen der Behörde').fill('LDA-2026-4711');
    await notify.getByRole('button', { name: 'Als gemeldet markieren' }).click();
    await card.getByRole('alert').waitFor();
    await notify
      .getByLabel('Gründe für die Verzögerung')
      .fill('Der Diebstahl wurde erst nach dem Wochenende gemeldet.');
    await notify.getByRole('button', { name: 'Als gemeldet markieren' }).click();
    await card.getByText('(Aktenzeichen LDA-2026-4711)', { exact: false }).waitFor();
    await clock.waitFor({ state: 'detached' });
    await page.getByText('Grün', { exact: true }).first().waitFor();
    expect(await page.getByText('Rot', { exact: true }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('logs a request received on 6 Dec 2025 in Bavaria: due 7 Jan 2026 (Heilige Drei Könige), overdue, the client turns amber', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei West ${unique()}`);
    const created = await sut.app.gql<{ createClient: { id: string } }>(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { name: 'Bäckerei Maier', federalState: 'BY' } },
      { token: firm.token },
    );
    const clientId = created.data?.createClient.id ?? '';

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.goto(`/clients/${clientId}`);
    await page.getByRole('tab', { name: 'Anfragen' }).click();
    await page.getByText('Noch keine Betroffenenanfragen.').waitFor();
    await page.getByText('Grün', { exact: true }).first().waitFor();

    const form = page.getByRole('form', { name: 'Anfrage erfassen' });
    await form.getByRole('combobox', { name: 'Art' }).click();
    await page.getByRole('option', { name: 'Löschung (Art. 17)' }).click();
    await form.getByRole('combobox', { name: 'Eingang über' }).click();
    await page.getByRole('option', { name: 'Brief' }).click();
    await form.getByLabel('Eingegangen am').fill('2025-12-06');
    await form.getByLabel('Telefonnummer (optional)').fill(TEST_PHONES.browserDsr);
    await form.getByRole('button', { name: 'Anfrage erfassen' }).click();

    const table = page.getByRole('table', { name: 'Betroffenenanfragen' });
    const row = table.getByRole('row', { name: /Löschung/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Löschung (Art. 17)',
      '6.12.2025',
      '+49 151 ••••798',
      '07.01.2026überfällig',
      'Offen',
      'Bearbeiten',
    ]);
    await page.getByText('Gelb', { exact: true }).first().waitFor();
    await saveScreenshot(page, 'client-requests');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Handled: identity verified, the erasure run (nothing held for the number), answered; the client is green again.
    await row.getByRole('button', { name: 'Bearbeiten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Löschung (Art. 17)' });
    await dialog.getByRole('button', { name: 'Identität bestätigt' }).click();
    await dialog.getByText('Identität: bestätigt').waitFor();
    await dialog.getByRole('button', { name: 'Einwilligungsdaten löschen' }).click();
    await dialog.getByText('Einwilligungsdaten löschen: keine Daten', { exact: false }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByLabel('Notiz zur Antwort').fill('Keine Daten gespeichert, schriftlich mitgeteilt');
    await dialog.getByRole('button', { name: 'Beantwortet' }).click();
    await row.getByRole('cell', { name: 'Beantwortet' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('Grün', { exact: true }).first().waitFor();
  });

  it('lists a client with a running breach clock first in the portfolio, above a worse-rated one', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Ost ${unique()}`);
    const create = async (name: string): Promise<string> =>
      (
        await sut.app.gql<{ createClient: { id: string } }>(
          `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
          { input: { name, federalState: 'SN' } },
          { token: firm.token },
        )
      ).data?.createClient.id ?? '';
    const amber = await create('Autohaus Anders');
    const clocked = await create('Zoohandlung Zander');
    await sut.app.gql(
      `mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { id } }`,
      { input: { clientId: amber, type: 'ACCESS', channel: 'LETTER', receivedAt: '2025-11-03T11:00:00Z' } },
      { token: firm.token },
    );
    await sut.app.gql(
      `mutation ($input: ReportBreachInput!) { reportBreach(input: $input) { id } }`,
      {
        input: {
          clientId: clocked,
          title: 'Fehlversand',
          discoveredAt: new Date().toISOString(),
          risk: 'RISK',
        },
      },
      { token: firm.token },
    );

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Zoohandlung Zander' }).waitFor();
    expect(await table.getByRole('link').allTextContents()).toEqual([
      'Zoohandlung Zander',
      'Autohaus Anders',
    ]);
    await table.getByText('Datenpanne: Meldefrist', { exact: false }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The firm-wide deadlines: the breach with its clock, the overdue request, each linking to its client.
    await page.getByRole('navigation').getByRole('link', { name: 'Fristen' }).click();
    const breaches = page.getByRole('table', { name: 'Zu meldende Datenpannen' });
    await breaches
      .getByRole('row', { name: /Zoohandlung Zander/ })
      .getByRole('timer')
      .waitFor();
    expect(await breaches.getByRole('timer').textContent()).toMatch(/^Noch 7[12] Std\. \d+ Min\.$/);
    const requests = page.getByRole('table', { name: 'Offene Betroffenenanfragen' });
    await requests
      .getByRole('row', { name: /Autohaus Anders/ })
      .getByText('überfällig')
      .waitFor();
    // Off the link just clicked: its hover colour is not what the page shows at rest.
    await page.getByRole('heading', { level: 1, name: 'Fristen' }).hover();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'deadlines');
    await requests.getByRole('link', { name: 'Autohaus Anders' }).click();
    await page.getByRole('tab', { name: 'Anfragen', selected: true }).waitFor();
  });
});
