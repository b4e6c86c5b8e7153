import {
  saveScreenshot,
  seriousA11yViolations,
  startBrowserHarness,
  firmWithClient,
  type BrowserHarness,
} from '../support/browser-harness';

describe('Campaigns in Chromium: a requirement to the clients of one federal state, and its progress', () => {
  let sut: BrowserHarness;

  beforeAll(async () => {
    sut = await startBrowserHarness();
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('starts a campaign for the Saxon clients with one question, follows it, and sees an answer arrive', async () => {
    const { firm, clientId, page } = await firmWithClient(sut, 'Kanzlei Elbe', {
      name: 'Bäckerei Dresden',
      federalState: 'SN',
    });
    const create = async (name: string, federalState: string): Promise<string> => {
      const created = await sut.app.gql<{ createClient: { id: string } }>(
        `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
        { input: { name, federalState } },
        { token: firm.token },
      );
      return created.data?.createClient.id ?? '';
    };
    await create('Optik Leipzig', 'SN');
    await create('Brauerei München', 'BY');

    await page.getByRole('navigation').getByRole('link', { name: 'Kampagnen' }).click();
    await page.getByText('Noch keine Kampagne.').waitFor();
    await page.getByRole('button', { name: 'Kampagne starten' }).click();
    const form = page.getByRole('dialog', { name: 'Kampagne starten' });
    await form.getByRole('button', { name: 'Kampagne starten' }).click();
    await form.getByText('Pflichtangabe.').first().waitFor();
    await form.getByLabel('Titel').fill('Meta als Empfänger im Opt-in nennen');
    await form
      .getByLabel('Was sich ändert und was zu tun ist')
      .fill('Die Aufsicht verlangt, Meta im Opt-in-Text als Empfänger zu nennen.');
    await form.getByLabel('Bundesländer').click();
    await page.getByRole('option', { name: 'Sachsen', exact: true }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel('Frage 1 (Deutsch)').fill('Nennt Ihr Opt-in-Text Meta als Empfänger?');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Kampagne starten' }).click();

    await page.getByRole('heading', { level: 1, name: 'Meta als Empfänger im Opt-in nennen' }).waitFor();
    const progress = page.getByRole('group', { name: 'Fortschritt' }).or(page.getByLabel('Fortschritt'));
    await progress.getByText('2 Mandanten').waitFor();
    await progress.getByText('0 beantwortet').waitFor();
    const table = page.getByRole('table', { name: 'Fortschritt je Mandant' });
    expect((await table.getByRole('link').allTextContents()).sort()).toEqual([
      'Bäckerei Dresden',
      'Optik Leipzig',
    ]);
    const campaignId = page.url().split('/campaigns/')[1] ?? '';

    // The Dresden bakery answers (through the firm here); the page shows it.
    const answered = await sut.app.gql(
      `mutation ($input: CampaignAnswerInput!) { answerCampaignQuestion(input: $input) { id } }`,
      { input: { campaignId, clientId, key: 'q1', value: true } },
      { token: firm.token },
    );
    expect(answered.errors).toBeUndefined();
    await page.reload();
    await progress.getByText('1 beantwortet').waitFor();
    await table
      .getByRole('row', { name: /Bäckerei Dresden/ })
      .getByText('erledigt')
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign');

    await page.getByRole('navigation').getByRole('link', { name: 'Kampagnen' }).click();
    await page
      .getByRole('table', { name: 'Kampagnen' })
      .getByRole('link', { name: 'Meta als Empfänger im Opt-in nennen' })
      .waitFor();
  });
});
