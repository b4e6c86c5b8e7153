import { addMember, createClient, STRONG_PASSWORD, signUpFirm } from '../support/factories';
import {
  saveScreenshot,
  seriousA11yViolations,
  signIn,
  startBrowserHarness,
  unique,
  type BrowserHarness,
} from '../support/browser-harness';

describe('The DPO’s judgement in Chromium: consent-text review while typing, advice acknowledged in the portal', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('shows the findings of a consent text while it is typed, with the passage marked', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Nord ${unique()}`);
    const clientId = await createClient(sut.app, firm.token, 'Gärtnerei Rosenhag');
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.goto(`/clients/${clientId}?tab=consents`);

    const form = page.getByRole('form', { name: 'Text veröffentlichen' });
    await form
      .getByLabel('Genauer Einwilligungstext')
      .fill(
        'Ja, ich möchte von der Gärtnerei Rosenhag per WhatsApp Angebote bekommen. Mit der Anmeldung akzeptiere ich die AGB.',
      );
    const review = page.getByRole('region', { name: 'Prüfung des Textes' });
    await review
      .getByText('Der Text sagt nicht, dass die Einwilligung jederzeit widerrufen werden kann.')
      .waitFor();
    await review.getByText('(Art. 7 Abs. 2, Abs. 4 DSGVO)').waitFor();
    expect(await review.locator('mark').allTextContents()).toEqual([
      'Mit der Anmeldung akzeptiere ich die AGB.',
    ]);
    await review
      .getByText('verletzt der veröffentlichte Text die Regel CONSENT-TEXT', { exact: false })
      .waitFor();
    await saveScreenshot(page, 'consent-text-review');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Fixed while typing: the bundling finding goes away.
    await form
      .getByLabel('Genauer Einwilligungstext')
      .fill(
        'Ja, ich möchte von der Gärtnerei Rosenhag per WhatsApp Angebote bekommen. WhatsApp gehört zu Meta; Meta verarbeitet Daten auch in den USA. Ich kann die Einwilligung jederzeit widerrufen: Ich schreibe STOP. Mehr in der Datenschutzerklärung.',
      );
    await review.getByText('Keine Befunde.').waitFor();
    await form.getByRole('button', { name: 'Text veröffentlichen' }).click();
    await page.getByText('0 Befunde', { exact: false }).waitFor();
  });

  it('advice recorded by the DPO is declined with the reason by the client admin in the portal', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Ost ${unique()}`);
    const clientId = await createClient(sut.app, firm.token, 'Fahrschule Überholspur');
    const admin = await addMember(sut.app, firm.token, 'CLIENT_ADMIN', clientId);

    const dpo = await sut.newPage();
    await dpo.page.goto('/login');
    await signIn(dpo.page, firm.email, firm.password);
    await dpo.page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await dpo.page.goto(`/clients/${clientId}?tab=advice`);
    const form = dpo.page.getByRole('form', { name: 'Beratung dokumentieren' });
    await form.getByLabel('Betreff').fill('Kontaktabgleich abschalten');
    await form
      .getByLabel('Sachverhalt und Begründung')
      .fill('Das Diensthandy gleicht das Adressbuch mit WhatsApp ab.');
    await form.getByLabel('Empfehlung').fill('Kontaktzugriff in den Geräteeinstellungen entziehen.');
    await form.getByRole('button', { name: 'Beratung festhalten' }).click();
    await dpo.page.getByRole('article', { name: 'Kontaktabgleich abschalten' }).getByText('Offen').waitFor();
    expect(await seriousA11yViolations(dpo.page)).toEqual([]);

    const client = await sut.newPage();
    await client.page.goto('/login');
    await signIn(client.page, admin.email, STRONG_PASSWORD);
    await client.page.waitForURL(`**/clients/${clientId}`);
    await client.page.getByRole('tab', { name: 'Beratung' }).click();
    const card = client.page.getByRole('article', { name: 'Kontaktabgleich abschalten' });
    await card.getByRole('button', { name: 'Ablehnen' }).click();
    await card
      .getByRole('alert')
      .or(card.getByText('Say why', { exact: false }))
      .first()
      .waitFor();
    await card.getByLabel('Kommentar').fill('Das Gerät wird im März ersetzt.');
    await card.getByRole('button', { name: 'Ablehnen' }).click();
    await card.getByText('Abgelehnt am', { exact: false }).waitFor();
    await card.getByText('„Das Gerät wird im März ersetzt.“', { exact: false }).waitFor();
    await saveScreenshot(client.page, 'advice-declined');
    expect(await seriousA11yViolations(client.page)).toEqual([]);

    // The DPO sees the declined advice with the client's reason.
    await dpo.page.reload();
    await dpo.page
      .getByRole('article', { name: 'Kontaktabgleich abschalten' })
      .getByText('Das Gerät wird im März ersetzt.', { exact: false })
      .waitFor();
  });
});
