import { randomUUID } from 'node:crypto';
import { createClient, signUpFirm } from '../support/factories';
import {
  seriousA11yViolations,
  signIn,
  startBrowserHarness,
  unique,
  type BrowserHarness,
} from '../support/browser-harness';
import { metaMessage, metaSignature } from '../support/messaging';
import { TEST_PHONES } from '../support/sensitive-values';

describe('Kanäle in Chromium: a WhatsApp channel set up, its STOP in the delivery log', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('creates a Meta channel, shows the secret once, logs a signed STOP and saves keywords', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Kanal ${unique()}`);
    const clientId = await createClient(sut.app, firm.token, 'Radhaus Speiche');
    const text = await sut.app.gql<{ publishConsentText: { id: string } }>(
      `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
      {
        input: {
          clientId,
          language: 'de',
          purposes: ['MARKETING'],
          title: 'Angebote',
          text: 'Ich möchte Angebote vom Radhaus Speiche per WhatsApp erhalten. Widerruf jederzeit.',
        },
      },
      { token: firm.token },
    );
    const recorded = await sut.app.gql(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          clientId,
          phoneNumber: TEST_PHONES.browserChannelCustomer,
          purposes: ['MARKETING'],
          consentTextVersionId: text.data?.publishConsentText.id,
          confirmedAt: new Date(Date.now() - 60_000).toISOString(),
          source: 'PAPER',
        },
      },
      { token: firm.token },
    );
    expect(recorded.errors).toBeUndefined();

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.waitForURL('**/');
    await page.goto(`/clients/${clientId}?tab=channels`);
    await page.getByRole('tab', { name: 'Kanäle' }).waitFor();
    await page.getByText(/Noch kein Kanal/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('WhatsApp-Nummer des Mandanten').fill('12');
    await page.getByRole('button', { name: 'Kanal anlegen' }).click();
    await page.getByText('Keine gültige Telefonnummer.').waitFor();
    await page.getByLabel('WhatsApp-Nummer des Mandanten').fill(TEST_PHONES.browserChannel);
    await page.getByRole('button', { name: 'Kanal anlegen' }).click();
    const secret = (await page.getByTestId('channel-secret').textContent()) ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(40);
    const card = page.getByRole('region', { name: /Meta Cloud API.*847/ });
    await card.waitFor();
    const webhookUrl = (await card.locator('code').first().textContent()) ?? '';
    expect(webhookUrl).toMatch(/\/hooks\/whatsapp\/[0-9a-f-]{36}$/);
    await card.getByText('Den Verify Token eintragen; Meta prüft die URL einmal per GET.').waitFor();
    await card.getByText('Noch keine Zustellung.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hinterlegt, ausblenden' }).click();
    await page.getByTestId('channel-secret').waitFor({ state: 'detached' });

    // The provider's delivery, signed with the secret the page showed.
    const body = JSON.stringify(
      metaMessage(TEST_PHONES.browserChannelCustomer, `wamid.${randomUUID()}`, { text: 'STOP' }),
    );
    const delivered = await fetch(`${sut.app.url}${new URL(webhookUrl).pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(secret, body) },
      body,
    });
    expect(delivered.status).toBe(200);
    await page.reload();
    const log = page.getByRole('table', { name: 'Zustellungen' });
    await log.getByText('Abmeldung').waitFor();
    await log.getByText('Widerrufen').waitFor();
    expect(await log.textContent()).not.toContain('STOP');

    await page.getByLabel('Abmelde-Wörter (durch Komma getrennt)').fill('STOP, HALT');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.reload();
    await page.getByLabel('Abmelde-Wörter (durch Komma getrennt)').waitFor();
    expect(await page.getByLabel('Abmelde-Wörter (durch Komma getrennt)').inputValue()).toBe('STOP, HALT');

    await page.getByRole('button', { name: 'Secret erneuern' }).click();
    await page.getByTestId('channel-secret').waitFor();
    await page.getByText(/Das vorige Secret gilt noch bis/).waitFor();
    expect(await page.getByTestId('channel-secret').textContent()).not.toBe(secret);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
