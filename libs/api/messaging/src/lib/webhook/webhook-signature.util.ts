import { createHmac, timingSafeEqual } from 'node:crypto';

const equalBytes = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b);

/** Meta's `X-Hub-Signature-256`: `sha256=` and the hex HMAC-SHA256 of the raw body with the app secret. */
export const metaSignature = (secret: string, rawBody: Buffer): string =>
  `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;

/** Compares in constant time (a header of another length fails without comparing). */
export const verifyMetaSignature = (secret: string, rawBody: Buffer, header: string | undefined): boolean =>
  typeof header === 'string' && equalBytes(Buffer.from(metaSignature(secret, rawBody)), Buffer.from(header));

/**
 * Twilio's `X-Twilio-Signature`: base64 HMAC-SHA1 with the auth token of the full URL Twilio called followed by
 * every POST parameter, sorted by name, as name and value concatenated.
 */
export const twilioSignature = (authToken: string, url: string, params: Record<string, string>): string => {
  const data = Object.keys(params)
    .sort()
    .reduce((text, key) => text + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
};

export const verifyTwilioSignature = (
  authToken: string,
  url: string,
  params: Record<string, string>,
  header: string | undefined,
): boolean =>
  typeof header === 'string' &&
  equalBytes(Buffer.from(twilioSignature(authToken, url, params)), Buffer.from(header));
