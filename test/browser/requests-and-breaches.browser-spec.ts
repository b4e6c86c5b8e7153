import { readFileSync } from 'node:fs';
import { signUpFirm } from '../support/factories';
import { flatText, readPdf } from '../support/pdf';
import { TEST_PHONES } from '../support/sensitive-values';
import {
  firmWithClient,
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
    const { clientId, page } = await firmWithClient(sut, 'Kanzlei Süd', {
      name: 'Metzgerei Huber',
      federalState: 'BY',
    });
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
    // Completed after reporting: what Art. 33(3) asks for, which the draft then carries.
    await card.getByRole('button', { name: 'Angaben ergänzen' }).click();
    const details = page.getByRole('dialog', {
      name: 'Datenpanne „Diensthandy mit Kundenchats gestohlen“ ergänzen',
    });
    await details.getByLabel('Kategorien personenbezogener Daten').fill('Chatverläufe');
    await details.getByLabel('Kategorien personenbezogener Daten').press('Enter');
    await details.getByLabel('Ungefähre Zahl betroffener Personen').fill('1200');
    await details
      .getByLabel('Wahrscheinliche Folgen (Art. 33 Abs. 3 lit. c DSGVO)')
      .fill('Kenntnisnahme privater Nachrichten durch Unbefugte');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await details.getByRole('button', { name: 'Speichern' }).click();
    await details.waitFor({ state: 'detached' });
    await card.getByRole('button', { name: 'Meldeentwurf anzeigen' }).click();
    await card
      .getByText('Meldung einer Verletzung des Schutzes personenbezogener Daten', { exact: false })
      .waitFor();
    await card.getByText('Ungefähre Zahl betroffener Personen: ca. 1.200', { exact: false }).waitFor();
    await card.getByText('Kategorien betroffener Daten: Chatverläufe', { exact: false }).waitFor();
    await card.getByText('Kenntnisnahme privater Nachrichten durch Unbefugte', { exact: false }).waitFor();
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
    const { clientId, page } = await firmWithClient(sut, 'Kanzlei West', {
      name: 'Bäckerei Maier',
      federalState: 'BY',
    });
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
      '+49 151 ••••849',
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

  it('hands an access request its answer as a PDF, and the export shows on the request', async () => {
    const { firm, clientId, page } = await firmWithClient(sut, 'Kanzlei Nord', {
      name: 'Eiscafé Venezia',
      federalState: 'NI',
    });
    const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const result = await sut.app.gql<T>(query, variables, { token: firm.token });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const { publishConsentText } = await gql<{ publishConsentText: { id: string } }>(
      `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
      {
        input: {
          clientId,
          language: 'de',
          purposes: ['MARKETING'],
          title: 'Eis-Angebote',
          text: 'Ich willige ein, dass das Eiscafé Venezia mir Angebote per WhatsApp sendet. Widerruf jederzeit möglich.',
        },
      },
    );
    await gql(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: {
        clientId,
        phoneNumber: TEST_PHONES.browserDsrExport,
        purposes: ['MARKETING'],
        consentTextVersionId: publishConsentText.id,
        source: 'PAPER',
        confirmedAt: new Date(Date.now() - 86_400_000).toISOString(),
      },
    });
    await gql(
      `mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { id } }`,
      {
        input: {
          clientId,
          type: 'ACCESS',
          channel: 'EMAIL',
          receivedAt: new Date().toISOString(),
          identityStatus: 'VERIFIED',
          phoneNumber: TEST_PHONES.browserDsrExport,
        },
      },
    );

    await page.goto(`/clients/${clientId}?tab=requests`);
    const row = page
      .getByRole('table', { name: 'Betroffenenanfragen' })
      .getByRole('row', { name: /Auskunft/ });
    await row.getByRole('button', { name: 'Bearbeiten' }).click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Auskunft als PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^auskunft-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = flatText(await readPdf(readFileSync(await download.path())));
    expect(text).toContain('Auskunft über Einwilligungsdaten (Art. 15, 20 DSGVO) – Eiscafé Venezia');
    expect(text).toContain('Ich willige ein, dass das Eiscafé Venezia mir Angebote per WhatsApp sendet.');
    await dialog.getByText('Einwilligungsdaten exportieren: erledigt', { exact: false }).waitFor();
    await dialog.getByText('als PDF exportiert', { exact: false }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
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
