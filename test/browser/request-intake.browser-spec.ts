import { TEST_PHONES } from '../support/sensitive-values';
import {
  firmWithClient,
  seriousA11yViolations,
  startBrowserHarness,
  type BrowserHarness,
} from '../support/browser-harness';

describe('The public intake form for data subject requests in Chromium', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('the DPO turns the form on; a person without an account sends an erasure request; it arrives with its deadline', async () => {
    const { clientId, page } = await firmWithClient(sut, 'Kanzlei Mitte', {
      name: 'Reisebüro Sonnig',
      federalState: 'HE',
    });
    await page.goto(`/clients/${clientId}?tab=requests`);
    const settings = page.getByRole('region', { name: 'Online-Formular für Betroffenenanfragen' });
    // The switch follows the saved state: it flips once the api answered.
    const toggle = settings.getByRole('switch', { name: 'Online-Formular für Betroffenenanfragen' });
    await toggle.click();
    const link = settings.getByLabel('Link für die Datenschutzerklärung');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\/anfrage\/[A-Za-z0-9_-]{43}$/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The person: another browser context, no session.
    const visitor = await sut.newPage();
    await visitor.page.goto(url.slice(url.indexOf('/anfrage/')));
    await visitor.page.getByText('Ihre Anfrage nach der DSGVO an Reisebüro Sonnig.').waitFor();
    const form = visitor.page.getByRole('form', { name: 'Anfrage zum Datenschutz' });
    await form.getByRole('button', { name: 'Anfrage senden' }).click();
    await form.getByText('Bitte ausfüllen.').first().waitFor();
    await form.getByRole('combobox', { name: 'Ihr Anliegen' }).click();
    await visitor.page.getByRole('option', { name: 'Löschung (Art. 17)' }).click();
    await form.getByLabel('Ihr Name').fill('Jonas Reisender');
    await form.getByLabel('Ihre E-Mail-Adresse für die Antwort').fill('jonas.reisender@example.test');
    // The api answers in English; the page says it in German.
    await form.getByLabel('Ihre WhatsApp-Nummer (optional)').fill('12');
    await form.getByRole('button', { name: 'Anfrage senden' }).click();
    await form.getByText('Keine gültige Telefonnummer.').waitFor();
    expect(await form.getByText('Not a valid phone number').count()).toBe(0);
    await form.getByLabel('Ihre WhatsApp-Nummer (optional)').fill(TEST_PHONES.browserIntake);
    await form
      .getByLabel('Ihre Nachricht (optional)')
      .fill('Bitte löschen Sie meine Nummer aus Ihrem Verteiler.');
    expect(await seriousA11yViolations(visitor.page)).toEqual([]);
    await form.getByRole('button', { name: 'Anfrage senden' }).click();
    const sent = visitor.page.getByRole('status');
    await sent.getByText('Anfrage eingegangen').waitFor();
    expect(await sent.textContent()).toMatch(
      /Reisebüro Sonnig hat Ihre Anfrage erhalten und beantwortet sie bis spätestens \d{2}\.\d{2}\.\d{4}\. Ihre Vorgangsnummer: [0-9a-f-]{36}/,
    );
    expect(await seriousA11yViolations(visitor.page)).toEqual([]);

    // The DPO sees it, with the person's contact, and the number masked.
    await page.reload();
    const row = page
      .getByRole('table', { name: 'Betroffenenanfragen' })
      .getByRole('row', { name: /Löschung/ });
    await row.getByText('+49 151 ••••846').waitFor();
    await row.getByRole('button', { name: 'Bearbeiten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Löschung (Art. 17)' });
    await dialog.getByText('Kontakt: Jonas Reisender <jonas.reisender@example.test>').waitFor();
    await dialog.getByText('Bitte löschen Sie meine Nummer aus Ihrem Verteiler.').waitFor();
    await dialog.getByText('Identität: noch nicht geprüft', { exact: false }).waitFor();
    await page.keyboard.press('Escape');

    // Off again: the link is dead.
    await toggle.click();
    await link.waitFor({ state: 'detached' });
    await visitor.page.reload();
    await visitor.page.getByRole('alert').getByText('Link ungültig').waitFor();
  });
});
