import type { DeliveryKind } from '../messaging.enums';

/** One inbound message as far as consent cares: who, which id, when, and the text or button payload. */
export type InboundMessage = {
  messageId: string;
  from: string;
  messageAt: string | null;
  text: string | null;
  payload: string | null;
};

export const DEFAULT_OPT_OUT_KEYWORDS = ['STOP', 'STOPP', 'ABMELDEN', 'ABBESTELLEN', 'UNSUBSCRIBE'] as const;
export const DEFAULT_CONFIRM_KEYWORDS = ['JA', 'YES'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Case and whitespace insensitive: "  stop " and "Stop" are "STOP". */
export const normalizeKeyword = (value: string): string =>
  value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('de-DE');

/**
 * The messages of a Meta Cloud API webhook (`entry[].changes[].value.messages[]`); statuses and other fields are
 * not consent events. Text bodies, quick-reply buttons (`button.payload`) and interactive replies count.
 */
export const metaMessages = (body: unknown): InboundMessage[] => {
  if (!isObject(body)) return [];
  const messages: InboundMessage[] = [];
  for (const entry of list(body['entry']))
    for (const change of list(isObject(entry) ? entry['changes'] : null)) {
      const value = isObject(change) ? change['value'] : null;
      for (const m of list(isObject(value) ? value['messages'] : null)) {
        if (!isObject(m)) continue;
        const id = text(m['id']);
        const from = text(m['from']);
        if (!id || !from) continue;
        const textBody = isObject(m['text']) ? text(m['text']['body']) : null;
        const button = isObject(m['button']) ? text(m['button']['payload']) : null;
        const interactive = isObject(m['interactive']) ? m['interactive'] : null;
        const reply =
          interactive && isObject(interactive['button_reply']) ? interactive['button_reply'] : null;
        const seconds = Number(m['timestamp']);
        messages.push({
          messageId: id,
          // Meta's wa_id is the number in international form without "+".
          from: /^\d+$/.test(from) ? `+${from}` : from,
          messageAt: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : null,
          text: textBody,
          payload: button ?? (reply ? text(reply['id']) : null),
        });
      }
    }
  return messages;
};

/** A Twilio WhatsApp webhook (form parameters): one message, `From` as `whatsapp:+49…`. */
export const twilioMessages = (params: Record<string, string>): InboundMessage[] => {
  const id = text(params['MessageSid']);
  const from = text(params['From']);
  if (!id || !from) return [];
  return [
    {
      messageId: id,
      from: from.replace(/^whatsapp:/, ''),
      messageAt: null,
      text: text(params['Body']),
      payload: text(params['ButtonPayload']),
    },
  ];
};

/** What a message means for consent: a keyword in its text or its button payload. */
export const classify = (
  message: Pick<InboundMessage, 'text' | 'payload'>,
  keywords: { optOut: readonly string[]; confirm: readonly string[] },
): DeliveryKind => {
  const said = [message.text, message.payload].filter((v): v is string => v !== null).map(normalizeKeyword);
  const matches = (words: readonly string[]): boolean =>
    words.some((word) => said.includes(normalizeKeyword(word)));
  if (matches(keywords.optOut)) return 'OPT_OUT';
  if (matches(keywords.confirm)) return 'CONFIRMATION';
  return 'MESSAGE';
};
