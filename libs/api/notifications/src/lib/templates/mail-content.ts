export type Language = 'de' | 'en';

/** What a template says, independent of HTML: render.ts turns it into MJML (HTML) and plain text alike. */
export type MailContent = {
  subject: string;
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  sections?: { title: string; lines: string[]; more?: string }[];
  /** A line under the button, e.g. how long the link is valid. */
  note?: string;
};

/** What every template gets besides its own data. */
export type MailEnvironment = {
  language: Language;
  firmName: string;
  baseUrl: string;
  /** The link token a mail carries (invitation, password reset), unsealed for rendering only. */
  secret: string | null;
};

export type MailTemplate = (data: Record<string, unknown>, env: MailEnvironment) => MailContent;

/** A text of the data, or '' (a template never prints "undefined"). */
export const text = (data: Record<string, unknown>, key: string): string => {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

const DATE = { de: 'de-DE', en: 'en-GB' } as const;

/** A date as the recipient reads it (Europe/Berlin). */
export const dateText = (value: unknown, language: Language): string => {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(DATE[language], { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(
    date,
  );
};

/** A moment to the minute as the recipient reads it (Europe/Berlin), e.g. a 72-hour deadline. */
export const dateTimeText = (value: unknown, language: Language): string => {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(DATE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
};
