import { generateSync } from 'otplib';
import { addMember, signUpFirm, STRONG_PASSWORD } from '../support/factories';
import {
  saveScreenshot,
  seriousA11yViolations,
  signIn,
  startBrowserHarness,
  unique,
  type BrowserHarness,
} from '../support/browser-harness';

describe('Accounts in Chromium: members, invitations, password, sessions', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('changes a role, removes a member, withdraws an invitation, changes the password and lists the sessions', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Nord ${unique()}`);
    await addMember(sut.app, firm.token, 'DPO');
    const pendingEmail = `falsch-${unique()}@example.test`;
    await sut.app.gql(
      'mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
      { i: { email: pendingEmail, role: 'ASSISTANT' } },
      { token: firm.token },
    );

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, firm.email, firm.password);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Mitglieder' }).waitFor();

    // Role change: the DPO becomes an auditor, at once.
    await page.getByRole('combobox', { name: 'Rolle von Member DPO' }).click();
    await page.getByRole('option', { name: 'Prüfer/in (nur lesen)' }).click();
    let role: string | undefined;
    for (let i = 0; i < 50 && role !== 'AUDITOR'; i++) {
      await page.waitForTimeout(100);
      const members = await sut.app.gql<{ members: { name: string; role: string }[] }>(
        '{ members { name role } }',
        {},
        { token: firm.token },
      );
      role = members.data?.members.find((m) => m.name === 'Member DPO')?.role;
    }
    expect(role).toBe('AUDITOR');
    expect(await page.getByRole('combobox', { name: 'Rolle von Member DPO' }).inputValue()).toBe(
      'Prüfer/in (nur lesen)',
    );

    // Removal asks once more.
    await page.getByRole('button', { name: 'Entfernen' }).click();
    await page.getByRole('button', { name: 'Member DPO wirklich entfernen?' }).click();
    await page.getByRole('cell', { name: 'Member DPO', exact: true }).waitFor({ state: 'detached' });

    // The wrong invitation is withdrawn.
    await page.getByRole('cell', { name: pendingEmail }).waitFor();
    await page.getByRole('button', { name: 'Zurückziehen' }).click();
    await page.getByRole('cell', { name: pendingEmail }).waitFor({ state: 'detached' });

    // Own password: the common one is refused at the field, a good one ends the other session (the sign-up's).
    await page.getByLabel('Aktuelles Passwort').fill(firm.password);
    await page.getByLabel('Neues Passwort').fill('password1234');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Dieses Passwort ist zu verbreitet', { exact: false }).waitFor();
    await page.getByLabel('Neues Passwort').fill('Ein-neues-Kanzlei-Passwort-2026!');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Passwort geändert. 1 andere Sitzung wurde beendet.').waitFor();
    await page.getByText('Diese Sitzung').waitFor();
    expect(await page.getByRole('button', { name: 'Beenden', exact: true }).count()).toBe(0);
    await saveScreenshot(page, 'settings-accounts');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('requires two-factor sign-in by firm policy, sets it up first, and signs in with a recovery code', async () => {
    const firm = await signUpFirm(sut.app, `Kanzlei Süd ${unique()}`);
    const dpo = await addMember(sut.app, firm.token, 'DPO');
    const { page: owner } = await sut.newPage();
    await owner.goto('/login');
    await signIn(owner, firm.email, firm.password);
    await owner.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await owner.goto('/settings');
    // The sections above have loaded (a forced click lands where the switch is once the layout stands still).
    await owner.getByText('Noch keine Passkeys.').waitFor();
    await owner
      .getByRole('switch', { name: 'Zwei-Faktor-Anmeldung für alle Mitarbeitenden verlangen' })
      .click({ force: true });
    let required: boolean | undefined;
    for (let i = 0; i < 50 && !required; i++) {
      await owner.waitForTimeout(100);
      const me = await sut.app.gql<{ me: { tenant: { requireTwoFactor: boolean } } }>(
        '{ me { tenant { requireTwoFactor } } }',
        {},
        { token: firm.token },
      );
      required = me.data?.me.tenant.requireTwoFactor;
    }
    expect(required).toBe(true);

    const { page } = await sut.newPage();
    await page.goto('/login');
    await signIn(page, dpo.email, STRONG_PASSWORD);
    await page.waitForURL('**/settings');
    await page.getByText('Ihre Kanzlei verlangt die Zwei-Faktor-Anmeldung.', { exact: false }).waitFor();
    await page.goto('/');
    await page.waitForURL('**/settings');
    await page.getByRole('button', { name: 'Einrichten' }).click();
    await page.getByRole('img', { name: 'QR-Code zur Einrichtung der Authenticator-App' }).waitFor();
    const secret = (await page.locator('code').first().textContent()) ?? '';
    await page.getByLabel('Code aus der App').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'Aktivieren' }).click();
    await page.getByText('Die Zwei-Faktor-Anmeldung ist aktiv.', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Mitglieder' }).waitFor();

    await page
      .getByLabel('Aktueller Code aus der App')
      .fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: 'Wiederherstellungscodes erzeugen' }).click();
    const codes = ((await page.getByTestId('recovery-codes').textContent()) ?? '').match(
      /[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}/g,
    );
    expect(codes).toHaveLength(10);
    await saveScreenshot(page, 'settings-recovery-codes');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const { page: later } = await sut.newPage();
    await later.goto('/login');
    await signIn(later, dpo.email, STRONG_PASSWORD);
    await later.getByLabel('Einmalcode').fill(codes?.[0] ?? '');
    await later.getByRole('button', { name: 'Code bestätigen' }).click();
    await later.getByRole('heading', { name: 'Portfolio' }).waitFor();
  });
});
