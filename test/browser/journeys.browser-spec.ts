import { generateSync } from 'otplib';
import {
  addMember,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
  STRONG_PASSWORD,
} from '../support/factories';
import {
  saveScreenshot,
  seriousA11yViolations,
  signIn,
  startBrowserHarness,
  unique,
  type BrowserHarness,
} from '../support/browser-harness';
import { seedDemo } from '../../apps/api/src/seed/demo-seed';

describe('Web journeys in Chromium', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });

  afterAll(async () => {
    await sut?.close();
  });

  // Every journey runs under the api's real CSP: any refused script, style, image or connection fails it.
  afterEach(async () => {
    expect(await sut.takeCspViolations()).toEqual([]);
  });

  it('serves the app under a CSP that refuses inline code and reports it', async () => {
    const { page } = await sut.newPage();
    const response = await page.goto('/login');
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    // Mantine's own <style> tags carry the nonce of this answer and were applied.
    const nonce = await page.locator('meta[name="csp-nonce"]').getAttribute('content');
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(
      await page.evaluate(() => document.querySelectorAll('style[data-mantine-styles]').length),
    ).toBeGreaterThan(0);
    expect(
      await page.evaluate(() =>
        Array.from(document.querySelectorAll('style')).every((style) => (style.nonce ?? '').length > 0),
      ),
    ).toBe(true);

    // Injected markup without the nonce is refused, and the harness sees it.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: red; }';
      document.head.append(style);
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>');
    });
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    const refused = await sut.takeCspViolations();
    expect(refused.filter((v) => v.includes('style-src-elem'))).not.toEqual([]);
    expect(refused.filter((v) => v.includes('script-src-elem'))).not.toEqual([]);
    expect(refused.filter((v) => v.includes('style-src-attr'))).not.toEqual([]);
  });

  it('signs up a firm, creates a client, finds it in the portfolio and keeps the session across a reload', async () => {
    const { page } = await sut.newPage();
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByRole('link', { name: 'Kanzlei registrieren' }).click();
    await page.getByRole('heading', { name: 'Kanzlei registrieren' }).waitFor();
    await saveScreenshot(page, 'signup');

    await page.getByLabel('Name der Kanzlei').fill(`Kanzlei Nord ${unique()}`);
    await page.getByLabel('Ihr Name').fill('Dr. Erika Muster');
    await page.getByLabel('E-Mail-Adresse').fill(`owner-${unique()}@example.test`);
    await page.getByLabel('Passwort').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();

    await page.getByRole('heading', { name: 'Noch keine Mandanten' }).waitFor();
    await page.getByRole('button', { name: 'Mandant anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuen Mandanten anlegen' });
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.getByText('Bitte geben Sie einen Namen ein.').waitFor();
    await dialog.getByLabel('Name des Unternehmens').fill('Bäckerei Korn GmbH');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Bäckerei Korn GmbH' }).waitFor();
    await page.getByRole('button', { name: 'Mandant anlegen' }).click();
    await dialog.getByLabel('Name des Unternehmens').fill('Autohaus Blech KG');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await table.getByRole('link', { name: 'Autohaus Blech KG' }).waitFor();

    await page.getByRole('searchbox', { name: 'Suchen' }).fill('korn');
    await table.getByRole('link', { name: 'Autohaus Blech KG' }).waitFor({ state: 'detached' });
    expect(await table.getByRole('link').allTextContents()).toEqual(['Bäckerei Korn GmbH']);
    await page.getByRole('searchbox', { name: 'Suchen' }).fill('');

    // The access token lives in memory only; the refresh cookie must restore the session.
    await page.reload();
    await table.getByRole('link', { name: 'Autohaus Blech KG' }).waitFor();
    await saveScreenshot(page, 'portfolio');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await table.getByRole('link', { name: 'Bäckerei Korn GmbH' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bäckerei Korn GmbH' }).waitFor();
    await page.getByRole('heading', { name: 'Status' }).waitFor();
    await saveScreenshot(page, 'client-overview');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // WhatsApp account → questionnaire → findings and generated tasks → fix the answers → the level changes.
    await page.getByRole('tab', { name: 'WhatsApp' }).click();
    await page.getByLabel('Bezeichnung des Kontos').fill('Chef-Handy');
    await page.getByRole('button', { name: 'WhatsApp-Konto hinzufügen' }).click();
    const account = page.getByRole('region', { name: 'Chef-Handy' });
    await account.getByRole('radio', { name: 'Private WhatsApp-App' }).check();
    const usedForBusiness = account.getByRole('radiogroup', { name: /für geschäftliche Zwecke genutzt/ });
    await usedForBusiness.getByRole('radio', { name: 'Ja' }).check();
    await account.getByRole('button', { name: 'Antworten speichern' }).click();
    await account.getByText('Gespeichert – Befunde aktualisiert.').waitFor();
    await account.getByText('WA-PRIVATE-APP').waitFor();
    await saveScreenshot(page, 'client-whatsapp');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Überblick' }).click();
    await page.getByText('WA-PRIVATE-APP · ', { exact: false }).waitFor();
    expect(await page.getByText('Rot', { exact: true }).count()).toBeGreaterThan(0);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Aufgaben' })
      .click();
    await page
      .getByRole('table', { name: 'Aufgaben' })
      .getByText('WA-PRIVATE-APP', { exact: false })
      .first()
      .waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Bäckerei Korn GmbH' }).waitFor();
    await page.getByRole('tab', { name: 'WhatsApp' }).click();
    await account
      .getByRole('radiogroup', { name: /für geschäftliche Zwecke genutzt/ })
      .getByRole('radio', { name: 'Nein' })
      .check();
    await account.getByRole('button', { name: 'Antworten speichern' }).click();
    await account.getByText('Alle zutreffenden Regeln erfüllt.').waitFor();
    await page.getByRole('tab', { name: 'Überblick' }).click();
    await page.getByText('Keine offenen Befunde.').waitFor();
    expect(await page.getByText('Rot', { exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: /Konto von Dr\. Erika Muster/ }).click();
    await page.getByRole('menuitem', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await page.goto('/settings');
    await page.waitForURL('**/login');
  });

  it('shows the sign-in page without serious accessibility violations and switches to English', async () => {
    const { page } = await sut.newPage();
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await saveScreenshot(page, 'login');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByText('Bitte geben Sie Ihre E-Mail-Adresse ein.').waitFor();

    await page.getByText('English', { exact: true }).click({ force: true });
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in · Klarsicht');
  });

  it('signs in with a wrong password, then the right one, and returns to the page asked for', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Süd ${unique()}`);
    const { page } = await sut.newPage();
    await page.goto('/settings');
    await page.waitForURL('**/login');
    await signIn(page, firm.email, 'not-the-right-password-1');
    await page.getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    await page.getByLabel('Passwort').fill(firm.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL('**/settings');
    await page.getByRole('heading', { name: 'Mitglieder' }).waitFor();
  });

  it('sets up two-factor sign-in with the QR code and then asks for the code at sign-in', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei TOTP ${unique()}`);
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Einrichten' }).click();
    await page.getByRole('img', { name: 'QR-Code zur Einrichtung der Authenticator-App' }).waitFor();
    const secret = (await page.locator('code').first().textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await saveScreenshot(page, 'settings-totp');

    await page.getByLabel('Code aus der App').fill('000000');
    await page.getByRole('button', { name: 'Aktivieren' }).click();
    await page.getByText('Der Code ist ungültig.', { exact: false }).waitFor();
    await page.getByLabel('Code aus der App').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'Aktivieren' }).click();
    await page.getByText('Die Zwei-Faktor-Anmeldung ist aktiv.', { exact: false }).waitFor();

    const { page: second } = await sut.newPage();
    await second.goto('/login');
    await signIn(second, firm.email, firm.password);
    await second.getByLabel('Einmalcode').waitFor();
    // The code used to confirm is spent; the next time step's code signs in.
    await second
      .getByLabel('Einmalcode')
      .fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await second.getByRole('button', { name: 'Code bestätigen' }).click();
    await second.getByRole('heading', { name: 'Portfolio' }).waitFor();
  });

  it('invites a client user who accepts the invitation and sees only their own company', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei West ${unique()}`);
    const ownId = await createClient(sut.app, firm.token, 'Friseur Schnitt');
    const otherId = await createClient(sut.app, firm.token, 'Metzgerei Wurst');

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Einladungen' }).waitFor();

    const email = `client-${unique()}@example.test`;
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('combobox', { name: 'Rolle', exact: true }).click();
    await page.getByRole('option', { name: 'Mandant (Verwaltung)' }).click();
    await page.getByRole('button', { name: 'Einladen' }).click();
    await page.getByText('Bitte wählen Sie den Mandanten', { exact: false }).waitFor();
    await page.getByRole('combobox', { name: 'Mandant', exact: true }).click();
    await page.getByRole('option', { name: 'Friseur Schnitt' }).click();
    await page.getByRole('button', { name: 'Einladen' }).click();
    const acceptUrl = (await page.getByTestId('accept-url').textContent()) ?? '';
    expect(acceptUrl).toMatch(/\/invitations\/.+/);
    await page.getByRole('cell', { name: email }).waitFor();
    await saveScreenshot(page, 'settings');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const { page: client } = await sut.newPage();
    await client.goto(new URL(acceptUrl).pathname);
    await client.getByRole('heading', { name: 'Einladung annehmen' }).waitFor();
    await saveScreenshot(client, 'invitation');
    expect(await seriousA11yViolations(client)).toEqual([]);
    await client.getByLabel('Ihr Name').fill('Sabine Schnitt');
    await client.getByLabel('Passwort').fill(STRONG_PASSWORD);
    await client.getByRole('button', { name: 'Beitreten' }).click();

    await client.waitForURL(`**/clients/${ownId}`);
    await client.getByRole('heading', { level: 1, name: 'Friseur Schnitt' }).waitFor();
    const nav = client.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Mein Unternehmen', 'Einstellungen']);
    await saveScreenshot(client, 'client-portal');

    // The portfolio is not part of the portal: the start page leads back to their company.
    await client.goto('/');
    await client.waitForURL(`**/clients/${ownId}`);
    await client.goto(`/clients/${otherId}`);
    await client.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor();
    expect(await client.getByText('Metzgerei Wurst').count()).toBe(0);
  });
  it('requests a consent, opens the confirmation link, confirms (CONFIRMED with browser evidence), then withdraws with one tap', async () => {
    const firm = await signUpFirm(sut.app);
    const clientId = await createClient(sut.app, firm.token, 'Bäckerei Korn GmbH');
    const text =
      'Ich möchte Angebote der Bäckerei Korn per WhatsApp erhalten. Widerruf jederzeit mit „STOP“.';
    const published = await sut.app.gql<{ publishConsentText: { id: string } }>(
      `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
      { input: { clientId, language: 'de', purposes: ['MARKETING'], title: 'WhatsApp-Angebote', text } },
      { token: firm.token },
    );
    const requested = await sut.app.gql<{
      requestConsent: { confirmationUrl: string; withdrawalUrl: string };
    }>(
      `mutation ($input: RequestConsentInput!) { requestConsent(input: $input) { confirmationUrl withdrawalUrl } }`,
      {
        input: {
          clientId,
          phoneNumber: '+49 151 23456790',
          purposes: ['MARKETING'],
          consentTextVersionId: published.data?.publishConsentText.id,
        },
      },
      { token: firm.token },
    );
    const { confirmationUrl, withdrawalUrl } = requested.data!.requestConsent;
    const path = (url: string): string => url.slice(url.indexOf('/consent/'));

    const { page } = await sut.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const opened = await page.goto(path(confirmationUrl));
    // The public page is the same app under the same policy; its token must not leave by a Referer.
    expect(opened?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(opened?.headers()['referrer-policy']).toBe('no-referrer');
    await page.getByRole('heading', { name: 'Einwilligung bestätigen' }).waitFor();
    await page.getByText('Bäckerei Korn GmbH bittet um Ihre Einwilligung').waitFor();
    await page.getByText(text).waitFor();
    await page.getByText('Angebote und Werbung').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'consent-confirm');
    await page.getByRole('button', { name: 'Ja, ich willige ein' }).click();
    await page.getByText('Vielen Dank!').waitFor();

    const records = async () =>
      (
        await sut.app.gql<{
          consentRecords: {
            edges: {
              node: {
                status: string;
                events: { type: string; evidence: { userAgent: string | null } | null }[];
              };
            }[];
          };
        }>(
          `query ($id: ID!) { consentRecords(clientId: $id) { edges { node { status events { type evidence { userAgent } } } } } }`,
          { id: clientId },
          { token: firm.token },
        )
      ).data!.consentRecords.edges.map((e) => e.node);
    const [confirmed] = await records();
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.events.find((e) => e.type === 'CONFIRMED')?.evidence?.userAgent).toMatch(/Chrome/);

    // The same link again: already confirmed, nothing to click.
    await page.goto(path(confirmationUrl));
    await page.getByText('Diese Einwilligung wurde bereits bestätigt.').waitFor();

    await page.goto(path(withdrawalUrl));
    await page.getByRole('heading', { name: 'Einwilligung widerrufen' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
    await page.getByText('Widerruf gespeichert').waitFor();
    expect((await records())[0].status).toBe('WITHDRAWN');
  });
  it('uploads a document by drag-and-drop input, approves it and downloads the identical file', async () => {
    const firm = await signUpFirm(sut.app);
    const clientId = await createClient(sut.app, firm.token, 'Autohaus Blech KG');
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.waitForURL('**/');
    await page.goto(`/clients/${clientId}?tab=documents`);
    await page.getByText('Noch keine Dokumente.').waitFor();
    await page.getByLabel('Titel').fill('Verzeichnis der Verarbeitungstätigkeiten 2026');
    await page.getByRole('button', { name: 'Dokument anlegen' }).click();
    const card = page.getByRole('region', { name: 'Verzeichnis der Verarbeitungstätigkeiten 2026' });
    await card.waitFor();

    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      Buffer.alloc(20_000, 7),
    ]);
    await card
      .getByLabel('Datei hochladen für Verzeichnis der Verarbeitungstätigkeiten 2026')
      .setInputFiles({ name: 'vvt-2026.pdf', mimeType: 'application/pdf', buffer: bytes });
    await card.getByRole('cell', { name: 'vvt-2026.pdf', exact: true }).waitFor();
    await card.getByText('In Prüfung').waitFor();
    // A renamed executable is refused with a message.
    await card.getByLabel('Datei hochladen für Verzeichnis der Verarbeitungstätigkeiten 2026').setInputFiles({
      name: 'rechnung.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(500)]),
    });
    await page.getByText('Dieser Dateityp ist nicht erlaubt').waitFor();

    await card.getByRole('button', { name: 'Freigeben' }).click();
    await card.getByText('Freigegeben').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'client-documents');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Version 1 herunterladen (vvt-2026.pdf)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('vvt-2026.pdf');
    const { readFileSync } = await import('node:fs');
    const saved = readFileSync(await download.path());
    expect(saved.equals(bytes)).toBe(true);
  });
  it('lists the firm’s audit events, filters them, verifies the chain and exports CSV', async () => {
    const firm = await signUpFirm(sut.app);
    await createClient(sut.app, firm.token, 'Metzgerei Wurst');
    await createClient(sut.app, firm.token, 'Friseur Schnitt');
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.waitForURL('**/');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Audit-Log' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audit-Log' }).waitFor();
    const table = page.getByRole('table', { name: 'Audit-Log' });
    await table.getByText('client.created').first().waitFor();
    expect(await table.getByText('client.created').count()).toBe(2);

    await page.getByLabel('Aktion').fill('auth.');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await table.getByText('client.created').first().waitFor({ state: 'detached' });
    expect((await table.getByRole('code').allTextContents()).every((a) => a.startsWith('auth.'))).toBe(true);

    await page.getByRole('button', { name: 'Kette prüfen' }).click();
    await page.getByText('Kette unversehrt').waitFor();
    await page.getByText(/Ereignisse geprüft, lückenlos und unverändert/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'audit');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const { readFileSync } = await import('node:fs');
    // A German UI asks for the excel-de dialect: BOM, semicolons, CRLF, German headers.
    const raw = readFileSync(await download.path(), 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const csv = raw.trim().split('\r\n');
    expect(csv[0]).toMatch(/^Kanzlei-ID;Laufnummer;Ereignis-ID;Zeitpunkt;Akteurtyp/);
    expect(csv.filter((line) => line.includes('client.created'))).toHaveLength(2);
  });
  it('shows generated tasks in the firm-wide inbox and completes one', async () => {
    const firm = await signUpFirm(sut.app);
    const clientId = await createClient(sut.app, firm.token, 'Kiosk Eck');
    await createWhatsAppAccount(sut.app, firm.token, {
      clientId,
      variant: 'PRIVATE_APP',
      answers: { usedForBusiness: true },
    });
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.waitForURL('**/');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Aufgaben' })
      .click();
    const table = page.getByRole('table', { name: 'Aufgaben' });
    await table.getByText('WA-PRIVATE-APP', { exact: false }).first().waitFor();
    expect(await table.getByRole('link', { name: 'Kiosk Eck' }).count()).toBeGreaterThan(0);
    await page.mouse.move(900, 700); // not hovering the navigation link just clicked
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'tasks');
    const before = await table.getByRole('row').count();

    const row = table.getByRole('row').filter({ hasText: 'WA-PRIVATE-APP' }).first();
    await row.getByLabel(/^Status von/).click();
    await page.getByRole('option', { name: 'Erledigt' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('table[aria-label="Aufgaben"] tbody tr').length === n - 2,
      before,
    );

    await page.getByLabel('Status', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Erledigt' }).click();
    await table.getByText('WA-PRIVATE-APP', { exact: false }).first().waitFor();
  });
  it('publishes a consent text, creates a double opt-in link and dry-runs a CSV import with errors by line', async () => {
    const firm = await signUpFirm(sut.app);
    const clientId = await createClient(sut.app, firm.token, 'Blumen Bunt');
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.waitForURL('**/');
    await page.goto(`/clients/${clientId}?tab=consents`);
    await page.getByText('Noch kein Text veröffentlicht.').waitFor();
    await page.getByLabel('Überschrift (optional)').fill('WhatsApp-Newsletter');
    await page
      .getByLabel('Genauer Einwilligungstext')
      .fill('Ich möchte den WhatsApp-Newsletter von Blumen Bunt erhalten. Widerruf jederzeit.');
    await page.getByRole('button', { name: 'Text veröffentlichen' }).click();
    await page.getByText(/v1 · DE · WhatsApp-Newsletter/).waitFor();

    await page.getByLabel('Rufnummer', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Link erzeugen' }).click();
    await page.getByText('Keine gültige Telefonnummer.').waitFor();
    await page.getByLabel('Rufnummer', { exact: true }).fill('0151 23456791');
    await page.getByRole('button', { name: 'Link erzeugen' }).click();
    await page.getByText(/\/consent\/[A-Za-z0-9_-]{64}/).waitFor();
    await page.getByRole('table', { name: 'Einwilligungen' }).getByText('Ausstehend').waitFor();

    const csv = [
      'phone_number,purpose,status,occurred_at',
      '+49 151 23456792,MARKETING,CONFIRMED,2026-01-10T10:00:00Z',
      'keine-nummer,MARKETING,CONFIRMED,2026-01-10T10:00:00Z',
    ].join('\n');
    await page
      .getByLabel('CSV-Datei')
      .setInputFiles({ name: 'bestand.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import starten' }).click();
    await page.getByText('Fehler gefunden – nichts gespeichert').waitFor();
    const errors = page.getByRole('table', { name: 'Fehler nach Zeile' });
    expect(await errors.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      '3',
      'phone_number',
      'Keine gültige Telefonnummer.',
    ]);
    await page.mouse.move(900, 700);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'client-consents');
  });

  it('creates an API key whose secret is shown once, lists it and revokes it after confirmation', async () => {
    const firm = await signUpFirm(sut.app);
    await createClient(sut.app, firm.token, 'Bäckerei Korn GmbH');
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.waitForURL('**/');
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'API-Schlüssel' });
    await section.getByText('Noch keine API-Schlüssel.').waitFor();

    const form = section.getByRole('form', { name: 'Schlüssel erstellen' });
    await form.getByRole('button', { name: 'Schlüssel erstellen' }).click();
    await form.getByText('Bitte geben Sie eine Bezeichnung ein.').waitFor();
    await form.getByText('Bitte wählen Sie mindestens eine Berechtigung.').waitFor();
    await form.getByLabel('Bezeichnung').fill('Shop Bäckerei Korn');
    // The pills field covers the input: click through it like a user.
    await form.getByLabel('Berechtigungen').first().click({ force: true });
    await page.getByRole('option', { name: 'Einwilligungen schreiben' }).click();
    await page.getByRole('option', { name: 'Mandanten lesen' }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel('Nur für Mandant').first().click();
    await page.getByRole('option', { name: 'Bäckerei Korn GmbH' }).click();
    await form.getByRole('button', { name: 'Schlüssel erstellen' }).click();

    await section.getByText('Schlüssel „Shop Bäckerei Korn“ erstellt').waitFor();
    await section.getByText('Er wird nur dieses eine Mal angezeigt', { exact: false }).waitFor();
    const secret = (await section.getByTestId('api-key-secret').textContent()) ?? '';
    expect(secret).toMatch(/^ks_live_[A-Za-z0-9_-]{86}_[0-9a-f]{8}$/);
    const table = section.getByRole('table', { name: 'API-Schlüssel' });
    const row = table.getByRole('row').filter({ hasText: 'Shop Bäckerei Korn' });
    await row.getByText('Aktiv').waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Bäckerei Korn GmbH', 'unbefristet', 'noch nie']),
    );
    await row.getByText('Einwilligungen schreiben').waitFor();
    // The key works with exactly what it was given: its client, nothing firm-wide.
    const asKey = await sut.app.gql<{ clients: { totalCount: number } }>(
      `{ clients { totalCount } }`,
      {},
      { token: secret },
    );
    expect(asKey.data?.clients.totalCount).toBe(1);
    await page.mouse.move(900, 10);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'settings-api-keys');

    await section.getByRole('button', { name: 'Ich habe den Schlüssel gesichert' }).click();
    await page.reload();
    await row.getByText('Aktiv').waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    await row.getByRole('button', { name: 'Schlüssel „Shop Bäckerei Korn“ widerrufen' }).click();
    const dialog = page.getByRole('dialog', { name: 'API-Schlüssel widerrufen?' });
    await dialog.getByText('wird sofort abgelehnt', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Aktiv').waitFor();
    await row.getByRole('button', { name: 'Schlüssel „Shop Bäckerei Korn“ widerrufen' }).click();
    await dialog.getByRole('button', { name: 'Endgültig widerrufen' }).waitFor();
    await page.waitForTimeout(300); // the dialog fades in; contrast is measured on the settled colours
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Endgültig widerrufen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Widerrufen').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    const refused = await sut.app.gql(`{ clients { totalCount } }`, {}, { token: secret });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('records BSPs in the catalogue, refuses a duplicate name at the field and edits a provider', async () => {
    const firm = await signUpFirm(sut.app);
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.waitForURL('**/');
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'BSP-Katalog' });
    await section.getByText('Noch keine Anbieter erfasst.').waitFor();

    await section.getByRole('button', { name: 'Anbieter hinzufügen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuen Anbieter erfassen' });
    await dialog.getByRole('button', { name: 'Anbieter hinzufügen' }).click();
    await dialog.getByText('Bitte geben Sie den Namen des Anbieters ein.').waitFor();
    await dialog.getByLabel('Name').fill('Twilio');
    await dialog.getByLabel('Hosting-Region').first().click();
    await page.getByRole('option', { name: 'Drittland' }).click();
    await dialog.getByRole('button', { name: 'Anbieter hinzufügen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const table = section.getByRole('table', { name: 'BSP-Katalog' });
    const twilio = table.getByRole('row').filter({ hasText: 'Twilio' });
    await twilio.getByText('Übermittlung ungesichert').waitFor();
    expect(await twilio.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Twilio', 'Drittland', 'Nein']),
    );

    await section.getByRole('button', { name: 'Anbieter hinzufügen' }).click();
    await dialog.getByLabel('Name').fill('Twilio');
    await dialog.getByRole('button', { name: 'Anbieter hinzufügen' }).click();
    await dialog.getByText('Ein Anbieter mit diesem Namen ist schon erfasst.').waitFor();
    await dialog.getByLabel('Name').fill('Sinch (EU)');
    await dialog.getByRole('checkbox', { name: /AV-Vertrag/ }).check();
    await dialog.getByRole('button', { name: 'Anbieter hinzufügen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await table.getByRole('cell', { name: 'Sinch (EU)', exact: true }).waitFor();

    await twilio.getByRole('button', { name: '„Twilio“ bearbeiten' }).click();
    const edit = page.getByRole('dialog', { name: '„Twilio“ bearbeiten' });
    await edit.getByLabel('Übermittlungsgrundlage').first().click();
    await page.getByRole('option', { name: 'EU-US Data Privacy Framework' }).click();
    await edit.getByRole('checkbox', { name: /AV-Vertrag/ }).check();
    await page.mouse.move(10, 10);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'hidden' });
    await twilio.getByText('EU-US Data Privacy Framework').waitFor();
    expect(await twilio.getByText('Übermittlung ungesichert').count()).toBe(0);
    expect(await twilio.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Ja']));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'settings-bsps');

    // A WhatsApp account on the Business Platform is linked to a provider from the catalogue.
    const clientId = await createClient(sut.app, firm.token, 'Autohaus Brenner');
    const accountId = await createWhatsAppAccount(sut.app, firm.token, {
      clientId,
      variant: 'BUSINESS_APP',
      label: 'Service-Nummer',
    });
    await page.goto(`/clients/${clientId}?tab=whatsapp`);
    const account = page.getByRole('region', { name: 'Service-Nummer' });
    expect(await account.getByLabel('Anbieter (BSP)').count()).toBe(0); // only asked for the Business Platform
    await account.getByRole('radio', { name: /WhatsApp Business Platform/ }).check();
    await account.getByLabel('Anbieter (BSP)').first().click();
    await page.getByRole('option', { name: 'Sinch (EU) (EU)' }).click();
    await page.mouse.move(10, 10);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await account.getByRole('button', { name: 'Antworten speichern' }).click();
    await account.getByText('Gespeichert – Befunde aktualisiert.').waitFor();
    const saved = await sut.app.gql<{
      client: { whatsAppAccounts: { id: string; variant: string; bsp: { name: string } | null }[] };
    }>(
      `query ($id: ID!) { client(id: $id) { whatsAppAccounts { id variant bsp { name } } } }`,
      { id: clientId },
      { token: firm.token },
    );
    expect(saved.data?.client.whatsAppAccounts).toEqual([
      { id: accountId, variant: 'BUSINESS_PLATFORM', bsp: { name: 'Sinch (EU)' } },
    ]);
    await page.reload();
    const picker = page.getByRole('region', { name: 'Service-Nummer' }).getByLabel('Anbieter (BSP)').first();
    await picker.waitFor();
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('input')).some((i) => i.value === 'Sinch (EU) (EU)'),
    );
    expect(await picker.inputValue()).toBe('Sinch (EU) (EU)');
  });

  it('lets a client admin upload a document for their own company, and a client viewer only read it', async () => {
    const firm = await signUpFirm(sut.app);
    const clientId = await createClient(sut.app, firm.token, 'Friseur Schnitt');
    const admin = await addMember(sut.app, firm.token, 'CLIENT_ADMIN', clientId);
    const viewer = await addMember(sut.app, firm.token, 'CLIENT_VIEWER', clientId);

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, admin.email, STRONG_PASSWORD);
    await page.waitForURL(`**/clients/${clientId}`);
    await page.getByRole('tab', { name: 'Dokumente' }).click();
    await page.getByText('Ihre Datenschutzbeauftragten prüfen jede neue Version', { exact: false }).waitFor();
    await page.getByLabel('Art').first().click();
    await page.getByRole('option', { name: 'Datenschutzerklärung' }).click();
    await page.getByLabel('Titel').fill('Datenschutzerklärung Website');
    await page.getByRole('button', { name: 'Dokument anlegen' }).click();
    const card = page.getByRole('region', { name: 'Datenschutzerklärung Website' });
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      Buffer.alloc(4_000, 7),
    ]);
    await card
      .getByLabel('Datei hochladen für Datenschutzerklärung Website')
      .setInputFiles({ name: 'datenschutz.pdf', mimeType: 'application/pdf', buffer: bytes });
    await card.getByRole('cell', { name: 'datenschutz.pdf', exact: true }).waitFor();
    await card.getByText('In Prüfung').waitFor();
    // Approval is the DPO's: the client admin has no button for it.
    expect(await card.getByRole('button', { name: 'Freigeben' }).count()).toBe(0);
    await page.mouse.move(900, 10);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'client-portal-documents');

    const { page: reader } = await sut.newPage();
    await reader.goto('/login');
    await signIn(reader, viewer.email, STRONG_PASSWORD);
    await reader.waitForURL(`**/clients/${clientId}`);
    await reader.goto(`/clients/${clientId}?tab=documents`);
    const readOnly = reader.getByRole('region', { name: 'Datenschutzerklärung Website' });
    await readOnly.getByRole('button', { name: 'Version 1 herunterladen (datenschutz.pdf)' }).waitFor();
    await reader.getByText('Hochladen dürfen Nutzer mit Verwaltungsrechten.', { exact: false }).waitFor();
    expect(await reader.getByRole('button', { name: 'Dokument anlegen' }).count()).toBe(0);
    expect(await readOnly.getByLabel(/^Datei hochladen für/).count()).toBe(0);
    expect(await seriousA11yViolations(reader)).toEqual([]);
  });

  it('shows the portfolio by level and over 90 days in charts', async () => {
    const login = await seedDemo(sut.app.app);
    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, login.email, login.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    const byLevel = page.getByRole('region', { name: 'Mandanten nach Ampel' });
    const history = page.getByRole('region', { name: 'Ampel im Verlauf (90 Tage)' });
    const tasks = page.getByRole('region', { name: 'Aufgaben im Verlauf (90 Tage)' });
    for (const chart of [byLevel, history, tasks])
      await chart.locator('svg.recharts-surface').first().waitFor();
    // Screen readers get the figures as text.
    expect(await byLevel.getByRole('row').count()).toBe(3);
    await history
      .getByText(/^Vom .+ bis .+: Rot von \d+ auf \d+, Grün von \d+ auf \d+ Mandanten\.$/)
      .waitFor();
    expect(await history.locator('.recharts-area').count()).toBe(3);
    await page.getByRole('region', { name: 'Mandanten', exact: true }).getByRole('link').first().waitFor();
    await page.mouse.move(900, 790);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'portfolio-charts');
  });
});
