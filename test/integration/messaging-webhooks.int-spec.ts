import { randomUUID } from 'node:crypto';
import { createClient, signUpFirm, type Firm } from '../support/factories';
import {
  createChannel,
  metaMessage,
  metaSignature,
  postHook,
  twilioMessage,
  twilioSignature,
  type Channel,
} from '../support/messaging';
import { TEST_PHONES } from '../support/sensitive-values';
import { startTestApp, withOwner, type GqlResult, type TestApp } from '../support/test-app';

const PUBLIC_URL = 'https://klarsicht.example';
const RATE_LIMIT = 30;
const TEXT = 'Ich willige ein, dass der Fahrradladen Speiche mir Angebote per WhatsApp sendet.';

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];

type Proof = {
  records: { purpose: string; status: string }[];
  events: {
    type: string;
    source: string;
    evidence: {
      provider: string | null;
      messageId: string | null;
      channelId: string | null;
      messageAt: string | null;
    } | null;
  }[];
};
const PROOF = `query ($clientId: ID!, $phone: String!) { consentProof(clientId: $clientId, phoneNumber: $phone) {
  records { purpose status } events { type source evidence { provider messageId channelId messageAt } } } }`;

describe('Messaging webhooks: signed deliveries become consent events', () => {
  let sut: TestApp;
  let firm: Firm;
  let clientId: string;
  let textId: string;

  const proof = async (phone: string, f: Firm = firm, client = clientId): Promise<Proof> =>
    must(await sut.gql<{ consentProof: Proof }>(PROOF, { clientId: client, phone }, { token: f.token }))
      .consentProof;

  const record = async (phone: string, purposes = ['MARKETING', 'SERVICE']): Promise<void> => {
    must(
      await sut.gql(
        `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            clientId,
            phoneNumber: phone,
            purposes,
            consentTextVersionId: textId,
            confirmedAt: new Date(Date.now() - 60_000).toISOString(),
            source: 'PAPER',
          },
        },
        { token: firm.token },
      ),
    );
  };

  const metaChannel = (phone: string = TEST_PHONES.hookShop): Promise<Channel> =>
    createChannel(sut, firm.token, { clientId, provider: 'META_CLOUD_API', phoneNumber: phone });

  const sendMeta = (channel: Channel, payload: unknown, secret = channel.secret): Promise<Response> => {
    const body = JSON.stringify(payload);
    return postHook(sut.url, channel, body, {
      'content-type': 'application/json',
      'x-hub-signature-256': metaSignature(secret, body),
    });
  };

  const deliveries = async (channelId: string): Promise<{ kind: string; outcome: string }[]> => {
    const rows = await withOwner(sut, (db) =>
      db.query<{ kind: string; outcome: string }>(
        `SELECT kind, outcome FROM messaging_delivery WHERE tenant_id = $1 AND channel_id = $2 ORDER BY received_at, id`,
        [firm.tenantId, channelId],
      ),
    );
    return rows.rows;
  };

  beforeAll(async () => {
    sut = await startTestApp({
      PUBLIC_URL,
      MESSAGING_SECRET_GRACE_HOURS: '1',
      MESSAGING_WEBHOOK_MAX_BYTES: '8192',
      MESSAGING_WEBHOOK_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    });
    firm = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Fahrradladen Speiche');
    textId = must(
      await sut.gql<{ publishConsentText: { id: string } }>(
        `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
        {
          input: {
            clientId,
            language: 'de',
            purposes: ['MARKETING', 'SERVICE'],
            title: 'Angebote',
            text: TEXT,
          },
        },
        { token: firm.token },
      ),
    ).publishConsentText.id;
  });
  afterAll(() => sut.close());

  it('creates a channel with its URL, default keywords and secrets shown once; the number only sealed', async () => {
    const result = must(
      await sut.gql<{
        createMessagingChannel: {
          channel: {
            id: string;
            webhookUrl: string;
            maskedPhoneNumber: string;
            optOutKeywords: string[];
            optOutPurposes: string[];
          };
          secret: string;
          verifyToken: string;
        };
      }>(
        `mutation ($input: CreateMessagingChannelInput!) { createMessagingChannel(input: $input) {
          channel { id webhookUrl maskedPhoneNumber optOutKeywords optOutPurposes } secret verifyToken } }`,
        { input: { clientId, provider: 'META_CLOUD_API', phoneNumber: TEST_PHONES.hookShopB } },
        { token: firm.token },
      ),
    ).createMessagingChannel;
    expect(result.channel.webhookUrl).toBe(`${PUBLIC_URL}/hooks/whatsapp/${result.channel.id}`);
    expect(result.channel.maskedPhoneNumber).toBe('+49 151 ••••802');
    expect(result.channel.optOutKeywords).toEqual([
      'STOP',
      'STOPP',
      'ABMELDEN',
      'ABBESTELLEN',
      'UNSUBSCRIBE',
    ]);
    expect(result.channel.optOutPurposes).toEqual(['SERVICE', 'MARKETING', 'TRANSACTIONAL']);
    expect(result.secret.length).toBeGreaterThanOrEqual(40);
    expect(result.verifyToken.length).toBeGreaterThanOrEqual(40);

    const listed = must(
      await sut.gql<{ messagingChannels: Record<string, unknown>[] }>(
        `query ($c: ID!) { messagingChannels(clientId: $c) { id provider } }`,
        { c: clientId },
        { token: firm.token },
      ),
    ).messagingChannels;
    expect(listed).toContainEqual({ id: result.channel.id, provider: 'META_CLOUD_API' });
    // Neither the secret nor the verify token is readable afterwards, and neither is stored in clear.
    const stored = await withOwner(sut, (db) =>
      db.query<{ row: string }>(`SELECT row_to_json(c)::text AS row FROM messaging_channel c WHERE id = $1`, [
        result.channel.id,
      ]),
    );
    expect(stored.rows[0]?.row).toBeDefined();
    expect(stored.rows[0]?.row).not.toContain(result.secret);
    expect(stored.rows[0]?.row).not.toContain(result.verifyToken);
    expect(stored.rows[0]?.row).not.toContain('23456802');

    const again = await sut.gql(
      `mutation ($input: CreateMessagingChannelInput!) { createMessagingChannel(input: $input) { secret } }`,
      { input: { clientId, provider: 'TWILIO', phoneNumber: TEST_PHONES.hookShopB } },
      { token: firm.token },
    );
    expect(code(again)).toBe('CONFLICT');
  });

  it("answers Meta's GET verification with the challenge for the right verify token only", async () => {
    const channel = await metaChannel(TEST_PHONES.hookCarol);
    const path = new URL(channel.webhookUrl).pathname;
    const ok = await fetch(
      `${sut.url}${path}?hub.mode=subscribe&hub.verify_token=${channel.verifyToken}&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(
      `${sut.url}${path}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444`,
    );
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('1158201444');
    expect((await fetch(`${sut.url}/hooks/whatsapp/${randomUUID()}?hub.mode=subscribe`)).status).toBe(404);
  });

  it('a signed STOP withdraws every purpose, with provider, message id and channel in the proof', async () => {
    await record(TEST_PHONES.hookAlice);
    const channel = await metaChannel(TEST_PHONES.hookShop);
    const messageId = `wamid.HBgN${randomUUID().replace(/-/g, '')}`;
    const response = await sendMeta(
      channel,
      metaMessage(TEST_PHONES.hookAlice, messageId, { text: ' Stop ' }),
    );
    expect(response.status).toBe(200);

    const after = await proof(TEST_PHONES.hookAlice);
    expect(after.records).toEqual([
      { purpose: 'MARKETING', status: 'WITHDRAWN' },
      { purpose: 'SERVICE', status: 'WITHDRAWN' },
    ]);
    const withdrawn = after.events.filter((e) => e.type === 'WITHDRAWN');
    expect(withdrawn).toHaveLength(2);
    for (const event of withdrawn) {
      expect(event.source).toBe('WHATSAPP_REPLY');
      expect(event.evidence).toEqual({
        provider: 'META_CLOUD_API',
        messageId,
        channelId: channel.id,
        messageAt: new Date(1765000000 * 1000).toISOString(),
      });
    }
    expect(await deliveries(channel.id)).toEqual([{ kind: 'OPT_OUT', outcome: 'WITHDRAWN' }]);
    const log = must(
      await sut.gql<{ messagingChannels: { id: string; deliveries: { kind: string; outcome: string }[] }[] }>(
        `query ($c: ID!) { messagingChannels(clientId: $c) { id deliveries { kind outcome receivedAt } } }`,
        { c: clientId },
        { token: firm.token },
      ),
    ).messagingChannels.find((c) => c.id === channel.id);
    expect(log?.deliveries).toEqual([expect.objectContaining({ kind: 'OPT_OUT', outcome: 'WITHDRAWN' })]);
  });

  it("a channel's own keywords and purposes: HALT withdraws MARKETING only, STOP no longer counts", async () => {
    await record(TEST_PHONES.hookShopE, ['MARKETING', 'SERVICE']);
    const channel = await metaChannel(TEST_PHONES.hookShopF);
    const updated = must(
      await sut.gql<{
        updateMessagingChannelKeywords: { optOutKeywords: string[]; optOutPurposes: string[] };
      }>(
        `mutation ($id: ID!, $input: MessagingKeywordsInput!) { updateMessagingChannelKeywords(id: $id, input: $input) { optOutKeywords optOutPurposes } }`,
        { id: channel.id, input: { optOutKeywords: [' halt ', 'Halt'], optOutPurposes: ['MARKETING'] } },
        { token: firm.token },
      ),
    ).updateMessagingChannelKeywords;
    expect(updated).toEqual({ optOutKeywords: ['HALT'], optOutPurposes: ['MARKETING'] });

    await sendMeta(channel, metaMessage(TEST_PHONES.hookShopE, `wamid.${randomUUID()}`, { text: 'STOP' }));
    expect((await proof(TEST_PHONES.hookShopE)).records).toEqual([
      { purpose: 'MARKETING', status: 'CONFIRMED' },
      { purpose: 'SERVICE', status: 'CONFIRMED' },
    ]);
    await sendMeta(channel, metaMessage(TEST_PHONES.hookShopE, `wamid.${randomUUID()}`, { text: 'halt' }));
    expect((await proof(TEST_PHONES.hookShopE)).records).toEqual([
      { purpose: 'MARKETING', status: 'WITHDRAWN' },
      { purpose: 'SERVICE', status: 'CONFIRMED' },
    ]);
    expect(await deliveries(channel.id)).toEqual([
      { kind: 'MESSAGE', outcome: 'IGNORED' },
      { kind: 'OPT_OUT', outcome: 'WITHDRAWN' },
    ]);
  });

  it('the same delivery twice is one event; an unknown number gets the same answer', async () => {
    await record(TEST_PHONES.hookBob, ['MARKETING']);
    const channel = await metaChannel(TEST_PHONES.hookDora);
    const payload = metaMessage(TEST_PHONES.hookBob, `wamid.${randomUUID()}`, { button: 'ABMELDEN' });
    const first = await sendMeta(channel, payload);
    const second = await sendMeta(channel, payload);
    expect([first.status, second.status]).toEqual([200, 200]);
    const events = (await proof(TEST_PHONES.hookBob)).events.filter((e) => e.type === 'WITHDRAWN');
    expect(events).toHaveLength(1);

    const unknown = await sendMeta(
      channel,
      metaMessage(TEST_PHONES.hookUnknown, `wamid.${randomUUID()}`, { text: 'STOP' }),
    );
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toBe(await first.text());
    expect(await deliveries(channel.id)).toEqual([
      { kind: 'OPT_OUT', outcome: 'WITHDRAWN' },
      { kind: 'OPT_OUT', outcome: 'NO_CHANGE' },
    ]);
    // No subject is created for a number Klarsicht did not know.
    const subject = await sut.gql(PROOF, { clientId, phone: TEST_PHONES.hookUnknown }, { token: firm.token });
    expect(code(subject)).toBe('NOT_FOUND');
  });

  it('a wrong signature, a body changed after signing or no signature: 401, audited, nothing changed', async () => {
    await record(TEST_PHONES.hookErin, ['MARKETING']);
    const channel = await metaChannel(TEST_PHONES.hookErin);
    const body = JSON.stringify(metaMessage(TEST_PHONES.hookErin, `wamid.${randomUUID()}`, { text: 'STOP' }));
    const changed = body.replace('STOP', 'STOPP');
    const json = { 'content-type': 'application/json' };
    const attempts = [
      { sent: body, headers: { ...json, 'x-hub-signature-256': metaSignature('not-the-secret', body) } },
      // signed correctly, then changed on the way
      { sent: changed, headers: { ...json, 'x-hub-signature-256': metaSignature(channel.secret, body) } },
      { sent: body, headers: json },
    ];
    for (const { sent, headers } of attempts) {
      const response = await postHook(sut.url, channel, sent, headers);
      expect(response.status).toBe(401);
    }
    expect((await proof(TEST_PHONES.hookErin)).records).toEqual([
      { purpose: 'MARKETING', status: 'CONFIRMED' },
    ]);
    expect(await deliveries(channel.id)).toEqual([]);
    // The same body with the right signature is accepted: the refusals were the signature's doing.
    const proper = await postHook(sut.url, channel, changed, {
      ...json,
      'x-hub-signature-256': metaSignature(channel.secret, changed),
    });
    expect(proper.status).toBe(200);
    expect((await proof(TEST_PHONES.hookErin)).records).toEqual([
      { purpose: 'MARKETING', status: 'WITHDRAWN' },
    ]);
    const audited = await withOwner(sut, (db) =>
      db.query<{ reason: string; changes: string }>(
        `SELECT changes::jsonb ->> 'reason' AS reason, changes::text AS changes FROM audit_event WHERE tenant_id = $1 AND action = 'messaging_webhook.refused' AND entity_id = $2 ORDER BY seq`,
        [firm.tenantId, channel.id],
      ),
    );
    expect(audited.rows.map((r) => r.reason)).toEqual([
      'bad signature',
      'bad signature',
      'missing signature',
    ]);
    expect(JSON.stringify(audited.rows)).not.toContain('23456807');
  });

  it('Twilio: a signed STOP withdraws; a wrong signature is refused', async () => {
    await record(TEST_PHONES.hookCarol, ['MARKETING']);
    const authToken = `twilio-auth-token-${randomUUID()}`;
    const channel = await createChannel(sut, firm.token, {
      clientId,
      provider: 'TWILIO',
      phoneNumber: TEST_PHONES.hookUnknown,
      secret: authToken,
    });
    expect(channel.secret).toBe(authToken);
    expect(channel.verifyToken).toBeNull();
    const params = twilioMessage(
      TEST_PHONES.hookCarol,
      TEST_PHONES.hookUnknown,
      `SM${randomUUID().replace(/-/g, '')}`,
      'STOP',
    );
    const body = new URLSearchParams(params).toString();
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const refused = await postHook(sut.url, channel, body, {
      ...form,
      'x-twilio-signature': twilioSignature(authToken, `${channel.webhookUrl}?x=1`, params),
    });
    expect(refused.status).toBe(401);
    expect((await proof(TEST_PHONES.hookCarol)).records).toEqual([
      { purpose: 'MARKETING', status: 'CONFIRMED' },
    ]);

    const accepted = await postHook(sut.url, channel, body, {
      ...form,
      'x-twilio-signature': twilioSignature(authToken, channel.webhookUrl, params),
    });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('content-type')).toContain('text/xml');
    const after = await proof(TEST_PHONES.hookCarol);
    expect(after.records).toEqual([{ purpose: 'MARKETING', status: 'WITHDRAWN' }]);
    expect(after.events.find((e) => e.type === 'WITHDRAWN')?.evidence).toEqual(
      expect.objectContaining({ provider: 'TWILIO', messageId: params['MessageSid'], channelId: channel.id }),
    );
  });

  it('after a rotation the old secret works only during the grace period', async () => {
    const channel = await metaChannel(TEST_PHONES.hookBob);
    const rotated = must(
      await sut.gql<{
        rotateMessagingChannelSecret: { secret: string; channel: { previousSecretValidUntil: string } };
      }>(
        `mutation ($id: ID!) { rotateMessagingChannelSecret(id: $id) { secret channel { previousSecretValidUntil } } }`,
        { id: channel.id },
        { token: firm.token },
      ),
    ).rotateMessagingChannelSecret;
    expect(rotated.secret).not.toBe(channel.secret);
    const graceEnds = new Date(rotated.channel.previousSecretValidUntil).getTime();
    expect(graceEnds - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(graceEnds - Date.now()).toBeLessThanOrEqual(60 * 60_000);

    const hello = (): Record<string, unknown> =>
      metaMessage(TEST_PHONES.hookAlice, `wamid.${randomUUID()}`, { text: 'Hallo' });
    expect((await sendMeta(channel, hello(), rotated.secret)).status).toBe(200);
    expect((await sendMeta(channel, hello(), channel.secret)).status).toBe(200);
    await withOwner(sut, (db) =>
      db.query(
        `UPDATE messaging_channel SET previous_secret_valid_until = now() - interval '1 second' WHERE id = $1`,
        [channel.id],
      ),
    );
    expect((await sendMeta(channel, hello(), channel.secret)).status).toBe(401);
    expect((await sendMeta(channel, hello(), rotated.secret)).status).toBe(200);
    expect(await deliveries(channel.id)).toEqual([
      { kind: 'MESSAGE', outcome: 'IGNORED' },
      { kind: 'MESSAGE', outcome: 'IGNORED' },
      { kind: 'MESSAGE', outcome: 'IGNORED' },
    ]);
  });

  it('a WhatsApp reply "Ja" confirms a pending WHATSAPP_REPLY request; a "Ja" from another number does not', async () => {
    const requestConsent = async (
      phone: string,
      confirmVia?: string,
    ): Promise<{ confirmationUrl: string | null }> =>
      must(
        await sut.gql<{ requestConsent: { confirmationUrl: string | null; records: { status: string }[] } }>(
          `mutation ($input: RequestConsentInput!) { requestConsent(input: $input) { confirmationUrl records { status } } }`,
          {
            input: {
              clientId,
              phoneNumber: phone,
              purposes: ['MARKETING'],
              consentTextVersionId: textId,
              source: 'WHATSAPP_REPLY',
              ...(confirmVia ? { confirmVia } : {}),
            },
          },
          { token: firm.token },
        ),
      ).requestConsent;
    const requested = await requestConsent(TEST_PHONES.hookReply, 'WHATSAPP_REPLY');
    expect(requested.confirmationUrl).toBeNull();
    // A LINK opt-in is confirmed only through its link, never by a reply.
    const byLink = await requestConsent(TEST_PHONES.hookReplyOther);
    expect(byLink.confirmationUrl).toMatch(/\/consent\//);
    const channel = await metaChannel(TEST_PHONES.hookReplyOther);

    const other = await sendMeta(
      channel,
      metaMessage(TEST_PHONES.hookReplyOther, `wamid.${randomUUID()}`, { text: 'Ja' }),
    );
    expect(other.status).toBe(200);
    expect((await proof(TEST_PHONES.hookReply)).records).toEqual([
      { purpose: 'MARKETING', status: 'PENDING' },
    ]);
    expect((await proof(TEST_PHONES.hookReplyOther)).records).toEqual([
      { purpose: 'MARKETING', status: 'PENDING' },
    ]);

    const messageId = `wamid.${randomUUID()}`;
    expect(
      (await sendMeta(channel, metaMessage(TEST_PHONES.hookReply, messageId, { text: ' ja ' }))).status,
    ).toBe(200);
    const confirmed = await proof(TEST_PHONES.hookReply);
    expect(confirmed.records).toEqual([{ purpose: 'MARKETING', status: 'CONFIRMED' }]);
    expect(confirmed.events.find((e) => e.type === 'CONFIRMED')?.evidence).toEqual({
      provider: 'META_CLOUD_API',
      messageId,
      channelId: channel.id,
      messageAt: new Date(1765000000 * 1000).toISOString(),
    });
    expect(await deliveries(channel.id)).toEqual([
      { kind: 'CONFIRMATION', outcome: 'NO_CHANGE' },
      { kind: 'CONFIRMATION', outcome: 'CONFIRMED' },
    ]);
    // Nothing of the message but the event: no text column anywhere holds "ja".
    const kept = await withOwner(sut, (db) =>
      db.query<{ row: string }>(
        `SELECT row_to_json(d)::text AS row FROM messaging_delivery d WHERE channel_id = $1`,
        [channel.id],
      ),
    );
    expect(kept.rows.map((r) => r.row).join()).not.toMatch(/"ja"|Kundin/i);
  });

  it('a "Ja" after the validity period confirms nothing', async () => {
    must(
      await sut.gql(
        `mutation ($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`,
        {
          input: {
            clientId,
            phoneNumber: TEST_PHONES.hookUnknown,
            purposes: ['SERVICE'],
            consentTextVersionId: textId,
            confirmVia: 'WHATSAPP_REPLY',
          },
        },
        { token: firm.token },
      ),
    );
    await withOwner(sut, (db) =>
      db.query(
        `UPDATE consent_request SET expires_at = now() - interval '1 second' WHERE tenant_id = $1 AND client_id = $2 AND confirm_via = 'WHATSAPP_REPLY' AND confirmed_at IS NULL`,
        [firm.tenantId, clientId],
      ),
    );
    const channel = await metaChannel(TEST_PHONES.hookShopC);
    expect(
      (
        await sendMeta(
          channel,
          metaMessage(TEST_PHONES.hookUnknown, `wamid.${randomUUID()}`, { button: 'YES' }),
        )
      ).status,
    ).toBe(200);
    expect((await proof(TEST_PHONES.hookUnknown)).records).toEqual([
      { purpose: 'SERVICE', status: 'PENDING' },
    ]);
    expect(await deliveries(channel.id)).toEqual([{ kind: 'CONFIRMATION', outcome: 'NO_CHANGE' }]);
  });

  it("a channel of firm A never touches firm B's records, and firm B cannot see or rotate A's channels", async () => {
    const other = await signUpFirm(sut);
    const otherClient = await createClient(sut, other.token, 'Anderer Laden');
    const otherText = must(
      await sut.gql<{ publishConsentText: { id: string } }>(
        `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
        {
          input: {
            clientId: otherClient,
            language: 'de',
            purposes: ['MARKETING'],
            title: 'Angebote',
            text: TEXT,
          },
        },
        { token: other.token },
      ),
    ).publishConsentText.id;
    must(
      await sut.gql(
        `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            clientId: otherClient,
            phoneNumber: TEST_PHONES.hookDora,
            purposes: ['MARKETING'],
            consentTextVersionId: otherText,
            confirmedAt: new Date(Date.now() - 60_000).toISOString(),
            source: 'PAPER',
          },
        },
        { token: other.token },
      ),
    );
    const channelA = await metaChannel(TEST_PHONES.hookAlice);
    const stop = await sendMeta(
      channelA,
      metaMessage(TEST_PHONES.hookDora, `wamid.${randomUUID()}`, { text: 'STOP' }),
    );
    expect(stop.status).toBe(200);
    expect((await proof(TEST_PHONES.hookDora, other, otherClient)).records).toEqual([
      { purpose: 'MARKETING', status: 'CONFIRMED' },
    ]);

    const list = await sut.gql(
      `query ($c: ID!) { messagingChannels(clientId: $c) { id } }`,
      { c: clientId },
      { token: other.token },
    );
    expect(code(list)).toBe('NOT_FOUND');
    const rotate = await sut.gql(
      `mutation ($id: ID!) { rotateMessagingChannelSecret(id: $id) { secret } }`,
      { id: channelA.id },
      { token: other.token },
    );
    expect(code(rotate)).toBe('NOT_FOUND');
  });

  it('refuses a body over the limit (413) and a channel over its rate limit (429), storing nothing', async () => {
    const channel = await metaChannel(TEST_PHONES.hookShopD);
    const big = metaMessage(TEST_PHONES.hookAlice, `wamid.${randomUUID()}`, {
      text: `STOP ${'x'.repeat(9000)}`,
    });
    expect((await sendMeta(channel, big)).status).toBe(413);
    expect(await deliveries(channel.id)).toEqual([]);

    // Someone with the channel's id but not its secret spends only the refused budget, never the provider's.
    const forged: number[] = [];
    for (let i = 0; i <= RATE_LIMIT; i++)
      forged.push(
        (
          await sendMeta(
            channel,
            metaMessage(TEST_PHONES.hookAlice, `wamid.f${i}`, { text: 'STOP' }),
            'wrong',
          )
        ).status,
      );
    expect(forged.slice(0, RATE_LIMIT).every((s) => s === 401)).toBe(true);
    expect(forged[RATE_LIMIT]).toBe(429);

    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT; i++)
      statuses.push(
        (
          await sendMeta(
            channel,
            metaMessage(TEST_PHONES.hookAlice, `wamid.${i}-${randomUUID()}`, { text: 'Hallo' }),
          )
        ).status,
      );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const limited = await sendMeta(
      channel,
      metaMessage(TEST_PHONES.hookAlice, `wamid.${randomUUID()}`, { text: 'STOP' }),
    );
    expect(limited.status).toBe(429);
    expect((await deliveries(channel.id)).length).toBe(RATE_LIMIT);
  });
});
