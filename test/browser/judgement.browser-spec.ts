import {
  addMember,
  createClient,
  createWhatsAppAccount,
  STRONG_PASSWORD,
  signUpFirm,
} from '../support/factories';
import {
  firmWithClient,
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
      .or(card.getByText('Bitte begründen, warum die Beratung abgelehnt wird', { exact: false }))
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

  it('client admin answers with a screenshot in the portal → the DPO verifies → the level changes', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Süd ${unique()}`);
    const clientId = await createClient(sut.app, firm.token, 'Friseursalon Schnittpunkt');
    await createWhatsAppAccount(sut.app, firm.token, {
      clientId,
      variant: 'PRIVATE_APP',
      label: 'Salonhandy',
    });
    const admin = await addMember(sut.app, firm.token, 'CLIENT_ADMIN', clientId);
    // The screenshot of the business profile, uploaded as a document of the client (the upload rules apply).
    const documentId =
      (
        await sut.app.gql<{ createDocument: { id: string } }>(
          `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
          { input: { clientId, title: 'Screenshot Profil', type: 'EVIDENCE' } },
          { token: admin.token },
        )
      ).data?.createDocument.id ?? '';
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
      'hex',
    );
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'profil.png');
    const upload = await fetch(`${sut.app.url}/api/documents/${documentId}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
      body: form,
    });
    expect(upload.status).toBeLessThan(300);

    const client = await sut.newPage();
    await client.page.goto('/login');
    await signIn(client.page, admin.email, STRONG_PASSWORD);
    await client.page.waitForURL(`**/clients/${clientId}`);
    await client.page.getByRole('tab', { name: 'WhatsApp' }).click();
    const account = client.page.getByRole('region', { name: 'Salonhandy' });
    await account
      .getByRole('radiogroup', { name: /für geschäftliche Zwecke genutzt/ })
      .getByRole('radio', { name: 'Nein' })
      .check();
    await account.getByRole('button', { name: 'Antworten speichern' }).click();
    await account.getByText('Gespeichert – Befunde aktualisiert.').waitFor();
    const panel = account.getByRole('region', { name: 'Wer hat geantwortet? Nachweise und Prüfung' });
    await panel.getByText('Angegeben').waitFor();
    await panel.getByRole('combobox', { name: /Nachweis für/ }).click();
    await client.page.getByRole('option', { name: 'Screenshot Profil' }).click();
    await client.page.getByText('Gelb', { exact: true }).first().waitFor();
    // The client cannot verify its own answer: no button.
    expect(await panel.getByRole('button', { name: 'Bestätigen' }).count()).toBe(0);
    await saveScreenshot(client.page, 'attestation-claimed');
    expect(await seriousA11yViolations(client.page)).toEqual([]);

    const dpo = await sut.newPage();
    await dpo.page.goto('/login');
    await signIn(dpo.page, firm.email, firm.password);
    await dpo.page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await dpo.page.goto(`/clients/${clientId}?tab=whatsapp`);
    const dpoPanel = dpo.page
      .getByRole('region', { name: 'Salonhandy' })
      .getByRole('region', { name: 'Wer hat geantwortet? Nachweise und Prüfung' });
    await dpoPanel.getByText('Angegeben').waitFor();
    expect(await dpoPanel.getByRole('combobox', { name: /Nachweis für/ }).inputValue()).toBe(
      'Screenshot Profil',
    );
    await dpo.page.getByText('Gelb', { exact: true }).first().waitFor();
    await dpoPanel.getByRole('button', { name: 'Bestätigen' }).click();
    await dpoPanel.getByText('Bestätigt').waitFor();
    await dpo.page.getByText('Grün', { exact: true }).first().waitFor();
    expect(await seriousA11yViolations(dpo.page)).toEqual([]);
  });

  it('a campaign question keeps the client amber until the client admin answers it in the portal; the DPO confirms', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Mitte ${unique()}`);
    const clientId = await createClient(sut.app, firm.token, 'Optik Weitblick');
    const admin = await addMember(sut.app, firm.token, 'CLIENT_ADMIN', clientId);
    const created = await sut.app.gql(
      `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        input: {
          title: 'Neues Opt-in-Formular',
          body: 'Die Aufsicht verlangt die Nennung von Meta im Opt-in.',
          clientIds: [clientId],
          questions: [
            {
              key: 'usesNewOptInForm',
              textDe: 'Wird das neue Formular verwendet?',
              textEn: 'Is the new form in use?',
            },
          ],
        },
      },
      { token: firm.token },
    );
    expect(created.errors).toBeUndefined();

    const client = await sut.newPage();
    await client.page.goto('/login');
    await signIn(client.page, admin.email, STRONG_PASSWORD);
    await client.page.waitForURL(`**/clients/${clientId}`);
    await client.page.getByText('Gelb', { exact: true }).first().waitFor();
    await client.page.getByRole('tab', { name: 'Beratung' }).click();
    const card = client.page.getByRole('article', { name: 'Neues Opt-in-Formular' });
    await card.getByText('Noch nicht beantwortet').waitFor();
    await card.getByRole('radio', { name: 'Ja' }).click();
    await card.getByText('Angegeben, noch nicht bestätigt').waitFor();
    await client.page.getByText('Grün', { exact: true }).first().waitFor();
    expect(await card.getByRole('button', { name: 'Antworten bestätigen' }).count()).toBe(0);
    expect(await seriousA11yViolations(client.page)).toEqual([]);

    const dpo = await sut.newPage();
    await dpo.page.goto('/login');
    await signIn(dpo.page, firm.email, firm.password);
    await dpo.page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await dpo.page.goto(`/clients/${clientId}?tab=advice`);
    const dpoCard = dpo.page.getByRole('article', { name: 'Neues Opt-in-Formular' });
    await dpoCard.getByRole('button', { name: 'Antworten bestätigen' }).click();
    await dpoCard.getByText('Bestätigt', { exact: true }).waitFor();
  });

  it('the firm switches how far a client’s own answers count, and the choice stays after a reload', async () => {
    const { clientId, page } = await firmWithClient(sut, 'Kanzlei Rhein', {
      name: 'Weinhandel Mosel',
      federalState: 'RP',
    });
    await page.goto(`/clients/${clientId}?tab=whatsapp`);
    const card = page.getByRole('region', { name: 'Wie zählen die Angaben des Mandanten?' });
    const toggle = card.getByRole('switch', { name: 'Angaben des Mandanten ohne Prüfung gelten lassen' });
    expect(await toggle.isChecked()).toBe(false);
    expect(await card.getByLabel('Erneut bestätigen nach (Monaten)').inputValue()).toBe('12');
    await toggle.check();
    await card.getByLabel('Erneut bestätigen nach (Monaten)').fill('6');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Speichern' }).click();
    await card.getByRole('button', { name: 'Speichern' }).and(page.locator('[disabled]')).waitFor();
    await page.reload();
    await card.getByRole('switch', { name: 'Angaben des Mandanten ohne Prüfung gelten lassen' }).waitFor();
    expect(await card.getByRole('switch').isChecked()).toBe(true);
    expect(await card.getByLabel('Erneut bestätigen nach (Monaten)').inputValue()).toBe('6');
  });
});
