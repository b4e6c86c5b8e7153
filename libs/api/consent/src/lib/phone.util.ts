import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** E.164 for a phone number written in any usual way; German numbers may omit the country code. */
export const normalizePhone = (input: string): string | null => {
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return null;
  const parsed = parsePhoneNumberFromString(trimmed.replace(/^00/, '+'), 'DE');
  return parsed && parsed.isValid() ? parsed.number : null;
};

/** `+49 151 ••••567`: country code, the first digits of the national number, and the last three digits. */
export const maskPhone = (e164: string): string => {
  const parsed = parsePhoneNumberFromString(e164);
  const country = parsed ? `+${parsed.countryCallingCode}` : e164.slice(0, 3);
  const national = parsed ? String(parsed.nationalNumber) : e164.slice(3);
  const head = national.slice(0, Math.min(3, Math.max(0, national.length - 6)));
  return `${country} ${head ? `${head} ` : ''}••••${national.slice(-3)}`;
};
