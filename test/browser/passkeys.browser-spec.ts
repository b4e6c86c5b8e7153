import type { Page } from 'playwright-core';
import { signUpFirm } from '../support/factories';
import {
  seriousA11yViolations,
  signIn,
  startBrowserHarness,
  unique,
  type BrowserHarness,
} from '../support/browser-harness';

/** Chromium's virtual authenticator (DevTools protocol): a platform passkey with user verification. */
const addVirtualAuthenticator = async (page: Page): Promise<void> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
};

const signOut = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: /Konto von Dr\. Erika Muster/ }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
};

describe('Passkeys in Chromium (virtual authenticator)', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    // WebAuthn wants a host name: the pages are served as http://localhost:PORT (a secure context), PUBLIC_URL too.
    sut = await startBrowserHarness({ localhost: true });
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('adds a passkey in the settings, signs out and back in with it, and confirms a password sign-in with it', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Passkey ${unique()}`);
    const { page } = await sut.newPage();
    await addVirtualAuthenticator(page);
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Passkeys' }).waitFor();
    await page.getByText('Noch keine Passkeys.').waitFor();
    await page.getByRole('button', { name: 'Passkey hinzufügen' }).click();
    await page.getByText('Bitte geben Sie dem Passkey einen Namen.').waitFor();
    await page.getByLabel('Name des neuen Passkeys').fill('Chromium');
    await page.getByRole('button', { name: 'Passkey hinzufügen' }).click();
    await page.getByText('Der Passkey „Chromium“ ist eingerichtet.').waitFor();
    await page.getByRole('cell', { name: 'Chromium', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Noch nie' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await signOut(page);
    await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();

    // With a passkey, the password alone no longer signs in: the passkey confirms it.
    await signOut(page);
    await signIn(page, firm.email, firm.password);
    await page.getByText('Bestätigen Sie die Anmeldung mit Ihrem Passkey.').waitFor();
    await page.getByRole('button', { name: 'Mit Passkey bestätigen' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('cell', { name: 'Chromium', exact: true }).waitFor();
    expect(await page.getByRole('cell', { name: 'Noch nie' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Passkey Chromium entfernen' }).click();
    await page.getByText('Noch keine Passkeys.').waitFor();
    expect(await sut.takeCspViolations()).toEqual([]);
  });
});
