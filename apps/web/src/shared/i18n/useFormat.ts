import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// English users are German DPO firms' staff and clients: day-month order and 24-hour time
// (en-GB) read less ambiguously next to German documents than the US defaults.
const LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

export const localeFor = (language: string): string => LOCALES[language] ?? LOCALES['de'];

export type Formatters = {
  locale: string;
  date: (value: Date | string | number, options?: Intl.DateTimeFormatOptions) => string;
  dateTime: (value: Date | string | number, options?: Intl.DateTimeFormatOptions) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  percent: (value: number, options?: Intl.NumberFormatOptions) => string;
};

export const createFormatters = (language: string): Formatters => {
  const locale = localeFor(language);
  const toDate = (value: Date | string | number): Date => (value instanceof Date ? value : new Date(value));
  return {
    locale,
    date: (value, options = { dateStyle: 'medium' }) =>
      new Intl.DateTimeFormat(locale, options).format(toDate(value)),
    dateTime: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
      new Intl.DateTimeFormat(locale, options).format(toDate(value)),
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    percent: (value, options) =>
      new Intl.NumberFormat(locale, { style: 'percent', ...options }).format(value),
  };
};

export const useFormat = (): Formatters => {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatters(language), [language]);
};
