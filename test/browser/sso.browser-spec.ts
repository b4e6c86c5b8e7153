import { randomUUID } from 'node:crypto';
import { signUpFirm } from '../support/factories';
import {
  saveScreenshot,
  seriousA11yViolations,
  signIn,
  startBrowserHarness,
  unique,
  type BrowserHarness,
} from '../support/browser-harness';
import { startTestIdp, type TestIdp } from '../support/oidc-provider';

/** Firm single sign-on in Chromium: the owner connects the provider, a new colleague signs in through it. */
describe('Single sign-on in Chromium (a real oidc-provider)', () => {
  let sut: BrowserHarness;
  let idp: TestIdp;
  const secret = `idp-secret-${randomUUID()}`;

  beforeAll(async () => {
    sut = await startBrowserHarness({ localhost: true, env: { SSO_ALLOW_HTTP_ISSUER: 'true' } });
    idp = await startTestIdp({
      client_id: 'klarsicht-browser',
      client_secret: secret,
      redirect_uris: [`${sut.baseUrl}/api/auth/sso/callback`],
    });
  });
  afterAll(async () => {
    await sut?.close();
    await idp?.stop();
  });

  it('the owner sets up SSO in the settings; a new colleague signs in with "Mit SSO anmelden" as an auditor', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei SSO ${unique()}`);
    const domain = `kanzlei-${unique()}.test`;
    const owner = await sut.newPage();
    await owner.page.goto('/login');
    await signIn(owner.page, firm.email, firm.password);
    await owner.page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await owner.page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    const section = owner.page.getByRole('region', { name: 'Anmeldung über SSO (OpenID Connect)' });
    await section.waitFor();
    await section.getByLabel('Issuer-URL').fill(idp.issuer);
    await section.getByLabel('Client-ID').fill('klarsicht-browser');
    await section.getByLabel('Client-Secret').fill(secret);
    const domains = section.getByLabel('Freigegebene E-Mail-Domains');
    await domains.fill(domain);
    await domains.press('Enter');
    await section.getByRole('combobox', { name: 'Rolle neuer Mitglieder' }).click();
    await owner.page.getByRole('option', { name: 'Prüfer/in (nur lesen)' }).click();
    await section.getByLabel('Anmeldung über SSO aktivieren').check({ force: true });
    await section.getByRole('button', { name: 'SSO-Einstellungen speichern' }).click();
    await section.getByText('Gespeichert.').waitFor();
    await section.getByText(`${sut.baseUrl}/api/auth/sso/callback`).waitFor();
    await saveScreenshot(owner.page, 'settings-sso');
    expect(await seriousA11yViolations(owner.page)).toEqual([]);

    const colleague = await sut.newPage();
    const email = `neu-${unique()}@${domain}`;
    await colleague.page.goto('/login');
    await colleague.page.getByLabel('E-Mail-Adresse').fill(email);
    await colleague.page.getByRole('link', { name: 'Mit SSO anmelden' }).click();
    await colleague.page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    const me = await colleague.page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { refreshToken { accessToken role } }' }),
      });
      return (await response.json()) as { data?: { refreshToken: { role: string } } };
    });
    expect(me.data?.refreshToken.role).toBe('AUDITOR');

    // A foreign domain is refused with a reason on the sign-in page.
    const stranger = await sut.newPage();
    await stranger.page.goto(
      `/api/auth/sso/${firm.tenantId}/start?email=${encodeURIComponent('x@elsewhere.test')}`,
    );
    await stranger.page
      .getByText('Ihre E-Mail-Domain ist für die Anmeldung über SSO bei dieser Kanzlei nicht freigegeben.')
      .waitFor();
  });
});
