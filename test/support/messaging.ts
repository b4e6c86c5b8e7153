import { createHmac } from 'node:crypto';
import type { TestApp } from './test-app';

export type Channel = { id: string; webhookUrl: string; secret: string; verifyToken: string | null };

const CREATE = `mutation ($input: CreateMessagingChannelInput!) { createMessagingChannel(input: $input) {
  channel { id webhookUrl maskedPhoneNumber provider optOutKeywords optOutPurposes confirmKeywords } secret verifyToken } }`;

/** A channel of the client, with its secrets as shown once. */
export const createChannel = async (
  app: Pick<TestApp, 'gql'>,
  token: string,
  input: { clientId: string; provider: 'META_CLOUD_API' | 'TWILIO'; phoneNumber: string } & Record<
    string,
    unknown
  >,
): Promise<Channel> => {
  const result = await app.gql<{
    createMessagingChannel: {
      channel: { id: string; webhookUrl: string };
      secret: string;
      verifyToken: string | null;
    };
  }>(CREATE, { input }, { token });
  if (!result.data || result.errors?.length)
    throw new Error(`createMessagingChannel failed: ${JSON.stringify(result.errors)}`);
  const created = result.data.createMessagingChannel;
  return { ...created.channel, secret: created.secret, verifyToken: created.verifyToken };
};

/** A Meta Cloud API `messages` webhook with one text (or quick-reply button) message, as Meta documents it. */
export const metaMessage = (
  from: string,
  id: string,
  content: { text: string } | { button: string },
): Record<string, unknown> => ({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
            contacts: [{ profile: { name: 'Kundin' }, wa_id: from.replace(/\D/g, '') }],
            messages: [
              {
                from: from.replace(/\D/g, ''),
                id,
                timestamp: '1765000000',
                ...('text' in content
                  ? { type: 'text', text: { body: content.text } }
                  : { type: 'button', button: { payload: content.button, text: content.button } }),
              },
            ],
          },
        },
      ],
    },
  ],
});

/** `sha256=` + hex HMAC-SHA256 of the exact bytes sent. */
export const metaSignature = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** Twilio's scheme: base64 HMAC-SHA1 of the URL followed by the sorted parameters' names and values. */
export const twilioSignature = (token: string, url: string, params: Record<string, string>): string =>
  createHmac('sha1', token)
    .update(
      Object.keys(params)
        .sort()
        .reduce((data, key) => data + key + params[key], url),
    )
    .digest('base64');

/** Twilio's inbound WhatsApp message parameters. */
export const twilioMessage = (
  from: string,
  to: string,
  sid: string,
  body: string,
): Record<string, string> => ({
  SmsMessageSid: sid,
  NumMedia: '0',
  ProfileName: 'Kunde',
  MessageType: 'text',
  SmsSid: sid,
  WaId: from.replace(/\D/g, ''),
  SmsStatus: 'received',
  Body: body,
  To: `whatsapp:${to.replace(/[^\d+]/g, '')}`,
  NumSegments: '1',
  ReferralNumMedia: '0',
  MessageSid: sid,
  AccountSid: 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  From: `whatsapp:${from.replace(/[^\d+]/g, '')}`,
  ApiVersion: '2010-04-01',
});

/** POSTs a webhook to the app at `url` (the channel's webhookUrl names the public host; the path is the same). */
export const postHook = (
  appUrl: string,
  channel: Pick<Channel, 'webhookUrl'>,
  body: string,
  headers: Record<string, string>,
): Promise<Response> =>
  fetch(`${appUrl}${new URL(channel.webhookUrl).pathname}`, { method: 'POST', headers, body });
