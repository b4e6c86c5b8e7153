import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { signUpFirm, type Firm } from './factories';
import { freePort } from './ports';
import { startTestApp, type TestApp } from './test-app';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = resolve(__dirname, '../../docs/screenshots');

export type BrowserHarness = {
  app: TestApp;
  /** Where the pages are: the api's address, or http://localhost:PORT with `{ localhost: true }`. */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (cookies, storage) in German, the product's default language. */
  newPage: (options?: { locale?: string }) => Promise<{ context: BrowserContext; page: Page }>;
  /** CSP violations (and Permissions-Policy errors) in any page since the last call; drains the list. */
  takeCspViolations: () => Promise<string[]>;
  close: () => Promise<void>;
};

/** One `securitypolicyviolation` event, as the page reports it. */
type CspViolation = {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
  page: string;
};

// Runs in every document before its own scripts; the binding outlives navigations, unlike a window variable.
const reportViolations = (): void => {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as Window & { __reportCspViolation?: (v: CspViolation) => void })
      .__reportCspViolation;
    report?.({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
      page: document.location.pathname,
    });
  });
};

const PAGE_POLICY_ERROR = /Content[- ]Security[- ]Policy|Permissions[- ]Policy/;

/**
 * Starts the real api serving the built web app and a headless Debian Chromium. With `localhost`, the pages are
 * served as http://localhost:PORT, which is also PUBLIC_URL: WebAuthn needs a host name (not an IP address) for
 * its relying party id, and the origin the browser reports must be PUBLIC_URL's.
 */
export const startBrowserHarness = async ({
  localhost = false,
  env = {},
}: { localhost?: boolean; env?: Record<string, string> } = {}): Promise<BrowserHarness> => {
  const web = { WEB_DIST: resolve(__dirname, '../../dist/apps/web'), ...env };
  const port = localhost ? await freePort() : 0;
  const app = localhost
    ? await startTestApp({ ...web, PUBLIC_URL: `http://localhost:${port}` }, { port })
    : await startTestApp(web);
  const baseUrl = localhost ? `http://localhost:${port}` : app.url;
  // Without a browser the api must not stay up, or jest waits for it after the failed run.
  const browser = await chromium
    .launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
  const contexts: BrowserContext[] = [];
  let violations: string[] = [];
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (PAGE_POLICY_ERROR.test(message.text())) violations.push(`console: ${message.text()}`);
    });
  };
  return {
    app,
    baseUrl,
    browser,
    newPage: async ({ locale = 'de-DE' } = {}) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale,
        viewport: { width: 1280, height: 800 },
      });
      contexts.push(context);
      await context.exposeBinding('__reportCspViolation', (_source, v: CspViolation) => {
        violations.push(
          `${v.page}: ${v.directive} refused ${v.blocked || 'inline'} (${v.source}:${v.line}) ${v.sample}`.trim(),
        );
      });
      await context.addInitScript(reportViolations);
      context.on('page', watch);
      const page = await context.newPage();
      return { context, page };
    },
    takeCspViolations: async () => {
      // Let reports of the last moments arrive (events are dispatched as tasks, bindings are asynchronous).
      for (const page of contexts.flatMap((context) => context.pages()))
        await page.evaluate(() => new Promise((done) => setTimeout(done, 50))).catch(() => undefined);
      const taken = violations;
      violations = [];
      return taken;
    },
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await app.close();
    },
  };
};

export type A11yViolation = {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
};

/** Serious and critical axe violations on the current page (WCAG 2.x A/AA rules). */
export const seriousA11yViolations = async (page: Page): Promise<A11yViolation[]> => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
};

export const saveScreenshot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // A full-page picture of a scrolled page draws fixed elements (header, skip link) at the scroll offset.
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let transitions (modals, tabs) settle so the picture shows the resting state.
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
};

/** A short random suffix for names that must not collide between journeys. */
export const unique = (): string => Math.random().toString(36).slice(2, 8);

/** Fills and sends the German sign-in form on the current page. */
export const signIn = async (page: Page, email: string, password: string): Promise<void> => {
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
};

/** A new firm with one client (through the api), its owner signed in on a fresh page showing the portfolio. */
export const firmWithClient = async (
  sut: BrowserHarness,
  firmName: string,
  client: { name: string; federalState: string },
): Promise<{ firm: Firm; clientId: string; page: Page }> => {
  const firm = await signUpFirm(sut.app, `${firmName} ${unique()}`);
  const created = await sut.app.gql<{ createClient: { id: string } }>(
    `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
    { input: client },
    { token: firm.token },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const { page } = await sut.newPage();
  await page.goto('/login');
  await signIn(page, firm.email, firm.password);
  await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
  return { firm, clientId: created.data.createClient.id, page };
};
