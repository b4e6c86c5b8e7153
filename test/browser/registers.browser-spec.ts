import {
  addMember,
  COMPLIANT_PLATFORM_ANSWERS,
  STRONG_PASSWORD,
  createBsp,
  createWhatsAppAccount,
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

describe('Registers in Chromium: a record template for two clients, edited, approved, the finding passes', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('applies the Platform template to two clients from the portfolio, edits one, approves it, and WA-PROCESSING-RECORD passes', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Nord ${unique()}`);
    const bspId = await createBsp(sut.app, firm.token, { name: 'Nordchat GmbH', hostingRegion: 'EU' });
    const clientIds: string[] = [];
    for (const name of ['Autohaus Berg', 'Optik Fischer']) {
      const created = await sut.app.gql<{ createClient: { id: string } }>(
        `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
        { input: { name } },
        { token: firm.token },
      );
      const clientId = created.data?.createClient.id ?? '';
      await createWhatsAppAccount(sut.app, firm.token, {
        clientId,
        variant: 'BUSINESS_PLATFORM',
        bspId,
        answers: COMPLIANT_PLATFORM_ANSWERS,
      });
      clientIds.push(clientId);
    }
    const recordFinding = 'Verzeichnis von Verarbeitungstätigkeiten erfasst WhatsApp';

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByRole('button', { name: 'Verzeichnis-Vorlage anwenden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vorlage für mehrere Mandanten anwenden' });
    await dialog.getByRole('combobox', { name: 'Vorlage' }).click();
    await page
      .getByRole('option', { name: 'WhatsApp Business Platform über einen Business Solution Provider (DE)' })
      .click();
    await dialog.getByLabel('Mandanten').click();
    await page.getByRole('option', { name: 'Autohaus Berg' }).click();
    await page.getByRole('option', { name: 'Optik Fischer' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Vorlage anwenden' }).click();
    await dialog.getByText('Für 2 Mandanten als Entwürfe angelegt.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Schließen' }).first().click();

    // The second client got its draft too.
    await page.goto(`/clients/${clientIds[1]}?tab=registers`);
    await page
      .getByRole('article', { name: 'WhatsApp Business Platform über einen Business Solution Provider' })
      .getByText('Entwurf', { exact: true })
      .waitFor();

    await page.goto(`/clients/${clientIds[0]}`);
    await page.getByText(recordFinding).waitFor();
    await page.getByRole('tab', { name: 'Verzeichnis' }).click();
    const card = page.getByRole('article', {
      name: 'WhatsApp Business Platform über einen Business Solution Provider',
    });
    await card.getByText('Nordchat GmbH – Auftragsverarbeiter, EU').waitFor();
    await card.getByText('Meta Platforms, Inc. → US: EU-U.S. Data Privacy Framework').waitFor();

    await card.getByRole('button', { name: 'Bearbeiten' }).click();
    const form = card.getByRole('form', { name: 'Verarbeitungstätigkeit bearbeiten' });
    await form.getByLabel('Löschfristen').fill('Chats 3 Monate nach Abschluss der Anfrage.');
    await form.getByRole('button', { name: 'Als neue Version speichern' }).click();
    await card.getByText('Version 2', { exact: true }).waitFor();
    await card.getByText('Chats 3 Monate nach Abschluss der Anfrage.').waitFor();

    await card.getByRole('button', { name: 'Freigeben' }).click();
    await card.getByText('Freigegeben', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Versionen' }).click();
    await card.getByRole('cell', { name: 'Löschfristen' }).waitFor();
    await saveScreenshot(page, 'client-registers');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Überblick' }).click();
    await page
      .getByRole('heading', { name: 'Befunde' })
      .or(page.getByText('Befunde').first())
      .first()
      .waitFor();
    await page.getByText(recordFinding).waitFor({ state: 'detached' });
    const compliance = await sut.app.gql<{
      client: { compliance: { findings: { ruleId: string; status: string }[] } };
    }>(
      `query ($id: ID!) { client(id: $id) { compliance { findings { ruleId status } } } }`,
      { id: clientIds[0] },
      { token: firm.token },
    );
    expect(
      compliance.data?.client.compliance.findings.find((f) => f.ruleId === 'WA-PROCESSING-RECORD')?.status,
    ).toBe('PASS');
  });

  it('fixes a third-country gap in the form, screens the activity (two criteria: DPIA required), approves the DPIA, and WA-DPIA passes', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Ost ${unique()}`);
    const bspId = await createBsp(sut.app, firm.token, {
      name: 'Faraway Chat Inc.',
      hostingRegion: 'THIRD_COUNTRY',
      transferMechanism: 'NONE',
    });
    const created = await sut.app.gql<{ createClient: { id: string } }>(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { name: 'Hotel Seeblick' } },
      { token: firm.token },
    );
    const clientId = created.data?.createClient.id ?? '';
    await createWhatsAppAccount(sut.app, firm.token, {
      clientId,
      variant: 'BUSINESS_PLATFORM',
      bspId,
      answers: COMPLIANT_PLATFORM_ANSWERS,
    });

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.goto(`/clients/${clientId}?tab=registers`);
    await page.getByRole('combobox', { name: 'Vorlage' }).click();
    await page
      .getByRole('option', { name: 'WhatsApp Business Platform über einen Business Solution Provider (DE)' })
      .click();
    await page.getByRole('button', { name: 'Vorlage anwenden' }).click();
    const card = page.getByRole('article', {
      name: 'WhatsApp Business Platform über einen Business Solution Provider',
    });
    await card.getByText('Ohne Übermittlungsgrundlage: Faraway Chat Inc.').waitFor();

    // The prefilled transfer of the BSP has no mechanism: give it the country and SCCs.
    await card.getByRole('button', { name: 'Bearbeiten' }).click();
    const form = card.getByRole('form', { name: 'Verarbeitungstätigkeit bearbeiten' });
    await form.getByLabel('Land (ISO)').nth(1).fill('us');
    await form.getByRole('combobox', { name: 'Übermittlungsgrundlage' }).nth(1).click();
    await page.getByRole('option', { name: 'Standardvertragsklauseln' }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Als neue Version speichern' }).click();
    await card.getByText('Faraway Chat Inc. → US: Standardvertragsklauseln').waitFor();
    await card.getByText('Ohne Übermittlungsgrundlage', { exact: false }).waitFor({ state: 'detached' });

    await card.getByRole('button', { name: 'DSFA-Schwellwertanalyse' }).click();
    const screening = card.getByLabel('Schwellwertanalyse (EDSA WP248)');
    await screening.getByLabel('Werden Daten in großem Umfang verarbeitet?').check();
    await screening
      .getByLabel('Werden Datensätze aus verschiedenen Quellen abgeglichen oder zusammengeführt?')
      .check();
    await screening.getByRole('button', { name: 'Analyse speichern' }).click();
    await screening.getByText('DSFA erforderlich', { exact: true }).waitFor();
    const dpia = card.getByLabel('Datenschutz-Folgenabschätzung');
    await dpia
      .getByLabel('Notwendigkeit und Verhältnismäßigkeit')
      .fill('Erforderlich für den Kundenservice.');
    await dpia.getByRole('button', { name: 'Risiko hinzufügen' }).click();
    await dpia.getByLabel('Risiko', { exact: true }).fill('Fehlversand von Chatverläufen');
    await dpia.getByRole('button', { name: 'DSFA speichern' }).click();
    await dpia.getByText('Restrisiko: gering').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dpia.getByRole('button', { name: 'DSFA freigeben' }).click();
    await dpia.getByRole('button', { name: 'DSFA freigeben' }).waitFor({ state: 'detached' });
    await saveScreenshot(page, 'client-registers-dpia');

    const findings = await sut.app.gql<{
      client: { compliance: { findings: { ruleId: string; status: string }[] } };
    }>(
      `query ($id: ID!) { client(id: $id) { compliance { findings { ruleId status } } } }`,
      { id: clientId },
      { token: firm.token },
    );
    const status = new Map(findings.data?.client.compliance.findings.map((f) => [f.ruleId, f.status]));
    expect(status.get('WA-DPIA')).toBe('PASS');
    expect(status.get('PROC-TRANSFER-MECHANISM')).toBe('PASS');
  });

  it('keeps a TOM with its status, a note and a document as evidence, and shows them after a reload', async () => {
    const { firm, clientId, page } = await firmWithClient(sut, 'Kanzlei Ost', {
      name: 'Steuerbüro Lenz',
      federalState: 'SN',
    });
    const created = await sut.app.gql<{ createDocument: { id: string } }>(
      `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { clientId, title: 'Backup-Konzept 2026', type: 'TOM' } },
      { token: firm.token },
    );
    expect(created.errors).toBeUndefined();
    await page.goto(`/clients/${clientId}?tab=registers`);
    const status = page.getByRole('combobox', { name: /^Status: / }).first();
    const label = ((await status.getAttribute('aria-label')) ?? '').replace(/^Status: /, '');
    const note = page.getByRole('textbox', { name: `Notiz zu ${label}` });
    expect(await note.isDisabled()).toBe(true);
    await status.click();
    await page.getByRole('option', { name: 'teilweise' }).click();
    await note.waitFor({ state: 'visible' });
    await page.waitForFunction((name) => {
      const input = document.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`);
      return input !== null && !input.disabled;
    }, `Notiz zu ${label}`);
    const saved = () =>
      page.waitForResponse(
        (r) =>
          r.url().endsWith('/graphql') &&
          (r.request().postData() ?? '').includes('SetTechnicalMeasureStatus'),
      );
    await note.fill('Tägliche Sicherung, Wiederherstellung noch nicht geübt');
    await Promise.all([saved(), note.blur()]);
    await page.getByRole('combobox', { name: `Nachweis für ${label}` }).click();
    await Promise.all([saved(), page.getByRole('option', { name: 'Backup-Konzept 2026' }).click()]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Saved, not only shown: after a reload the row holds all three.
    await page.reload();
    await page.getByRole('combobox', { name: `Status: ${label}` }).waitFor();
    expect(await page.getByRole('combobox', { name: `Status: ${label}` }).inputValue()).toBe('teilweise');
    expect(await page.getByRole('textbox', { name: `Notiz zu ${label}` }).inputValue()).toBe(
      'Tägliche Sicherung, Wiederherstellung noch nicht geübt',
    );
    expect(await page.getByRole('combobox', { name: `Nachweis für ${label}` }).inputValue()).toBe(
      'Backup-Konzept 2026',
    );
  });

  it('in the portal a client admin drafts an activity and submits it, without the approval or the templates', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei West ${unique()}`);
    const created = await sut.app.gql<{ createClient: { id: string } }>(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { name: 'Tischlerei Holm' } },
      { token: firm.token },
    );
    const clientId = created.data?.createClient.id ?? '';
    const admin = await addMember(sut.app, firm.token, 'CLIENT_ADMIN', clientId);

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, admin.email, STRONG_PASSWORD);
    await page.getByRole('tab', { name: 'Verzeichnis' }).click();
    await page.getByText('Noch keine Verarbeitungstätigkeiten erfasst.').waitFor();
    expect(await page.getByRole('combobox', { name: 'Vorlage' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Neue Verarbeitungstätigkeit' }).click();
    const form = page.getByRole('form', { name: 'Neue Verarbeitungstätigkeit' });
    await form.getByLabel('Name', { exact: true }).fill('Kundenkartei');
    await form.getByLabel('Löschfristen').fill('10 Jahre nach Auftragsende (§ 147 AO)');
    await form.getByRole('button', { name: 'Anlegen' }).click();
    const card = page.getByRole('article', { name: 'Kundenkartei' });
    await card.getByText('Entwurf', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: 'Freigeben' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await card.getByText('In Prüfung', { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
