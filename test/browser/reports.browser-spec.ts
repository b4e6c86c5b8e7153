import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import {
  addMember,
  createBsp,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
  STRONG_PASSWORD,
} from '../support/factories';
import {
  seriousA11yViolations,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
} from '../support/browser-harness';
import { flatText, readPdf } from '../support/pdf';
import { TEST_PHONES } from '../support/sensitive-values';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');
// Page images of the client report for README, where Debian's poppler-utils is installed (CI installs it).
const HAS_PDFTOPPM = spawnSync('pdftoppm', ['-v']).error === undefined;

const save = async (
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: readFileSync(await download.path()) };
};

describe('Reports in Chromium: the client report, the portfolio report and workbook, a consent proof, the portal', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('downloads the client and portfolio reports and the proof; the portal downloads its own company’s report', async () => {
    const firm = await signUpFirm(sut.app, 'Datenschutzkanzlei Weiß & Partner');
    const clientId = await createClient(sut.app, firm.token, 'Bäckerei Sonnenschein GmbH');
    await createClient(sut.app, firm.token, 'Friseur Schnittgut');
    const bspId = await createBsp(sut.app, firm.token, { name: 'Nachrichtenwerk GmbH', dpaAvailable: false });
    await createWhatsAppAccount(sut.app, firm.token, {
      clientId,
      variant: 'BUSINESS_PLATFORM',
      label: 'Bestellannahme',
      bspId,
      answers: {
        usedForBusiness: true,
        bspDpaSigned: false,
        profileHasImprint: false,
        profileLinksPrivacyNotice: true,
      },
    });
    const text = await sut.app.gql<{ publishConsentText: { id: string } }>(
      `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
      {
        input: {
          clientId,
          language: 'de',
          title: 'Bestellstatus per WhatsApp',
          text: 'Ich möchte Informationen zu meiner Bestellung per WhatsApp erhalten.',
          purposes: ['TRANSACTIONAL'],
        },
      },
      { token: firm.token },
    );
    await sut.app.gql(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          clientId,
          phoneNumber: TEST_PHONES.browserReport,
          purposes: ['TRANSACTIONAL'],
          consentTextVersionId: text.data?.publishConsentText.id,
          confirmedAt: '2026-11-02T08:30:00Z',
          source: 'WEB_FORM',
          evidence: {
            ip: null,
            userAgent: 'Bestellformular',
            formUrl: 'https://baeckerei.example/bestellen',
          },
        },
      },
      { token: firm.token },
    );
    const portalUser = await addMember(sut.app, firm.token, 'CLIENT_VIEWER', clientId);

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    const portfolio = await save(page, () => page.getByRole('button', { name: 'Bericht (PDF)' }).click());
    expect(portfolio.download.suggestedFilename()).toMatch(/^portfolio-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    const portfolioText = flatText(await readPdf(portfolio.bytes));
    expect(portfolioText).toContain('Portfolio-Bericht');
    expect(portfolioText).toContain('Bäckerei Sonnenschein GmbH');
    expect(portfolioText).toContain('Friseur Schnittgut');
    const workbook = await save(page, () => page.getByRole('button', { name: 'Excel-Export' }).click());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      workbook.bytes.buffer.slice(
        workbook.bytes.byteOffset,
        workbook.bytes.byteOffset + workbook.bytes.length,
      ) as ArrayBuffer,
    );
    expect(book.worksheets[0].rowCount).toBe(3);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Bäckerei Sonnenschein GmbH' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bäckerei Sonnenschein GmbH' }).waitFor();
    const report = await save(page, () => page.getByRole('button', { name: 'Bericht (PDF)' }).click());
    expect(report.download.suggestedFilename()).toMatch(
      /^report-Baeckerei-Sonnenschein-GmbH-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const pdf = await readPdf(report.bytes);
    const reportText = flatText(pdf);
    expect(reportText).toContain('Bäckerei Sonnenschein GmbH');
    expect(reportText).toContain('WA-BSP-DPA');
    expect(reportText).not.toContain('Friseur Schnittgut');
    if (HAS_PDFTOPPM)
      for (const n of [1, 2])
        execFileSync('pdftoppm', [
          ...['-png', '-r', '80', '-f', String(n), '-l', String(n), '-singlefile'],
          await report.download.path(),
          resolve(SCREENSHOTS, `report-client-${n}`),
        ]);

    await page.getByRole('tab', { name: 'Einwilligungen' }).click();
    await page.getByLabel('Rufnummer suchen').fill(TEST_PHONES.browserReport);
    await page.getByRole('button', { name: 'Suchen' }).click();
    const proof = await save(page, () =>
      page.getByRole('button', { name: 'Nachweis (PDF)' }).first().click(),
    );
    const proofText = flatText(await readPdf(proof.bytes));
    expect(proofText).toContain('Einwilligungsnachweis (Art. 7 Abs. 1 DSGVO)');
    expect(proofText.replace(/\s+/g, '')).toContain('https://baeckerei.example/bestellen');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The portal: the client's own user sees their company and its report, nothing else.
    const portal = await sut.newPage();
    await portal.page.goto('/login');
    await signIn(portal.page, portalUser.email, STRONG_PASSWORD);
    await portal.page.getByRole('heading', { level: 1, name: 'Bäckerei Sonnenschein GmbH' }).waitFor();
    const own = await save(portal.page, () =>
      portal.page.getByRole('button', { name: 'Bericht (PDF)' }).click(),
    );
    expect(flatText(await readPdf(own.bytes))).toContain('Bäckerei Sonnenschein GmbH');
    expect(await seriousA11yViolations(portal.page)).toEqual([]);
  });
});
