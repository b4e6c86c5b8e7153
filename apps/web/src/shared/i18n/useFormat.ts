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

// Creating an Intl formatter costs far more than formatting with one (a table row formats several values),
// so each locale-and-options pair is built once and reused.
const cached = <T>(make: (options: object | undefined) => T) => {
  const byOptions = new Map<string, T>();
  return (options: object | undefined): T => {
    const key = options ? JSON.stringify(options) : '';
    let formatter = byOptions.get(key);
    if (!formatter) {
      formatter = make(options);
      byOptions.set(key, formatter);
    }
    return formatter;
  };
};

export const createFormatters = (language: string): Formatters => {
  const locale = localeFor(language);
  const toDate = (value: Date | string | number): Date => (value instanceof Date ? value : new Date(value));
  const dateFormat = cached((options) => new Intl.DateTimeFormat(locale, options));
  const numberFormat = cached((options) => new Intl.NumberFormat(locale, options));
  return {
    locale,
    date: (value, options = { dateStyle: 'medium' }) => dateFormat(options).format(toDate(value)),
    dateTime: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
      dateFormat(options).format(toDate(value)),
    number: (value, options) => numberFormat(options).format(value),
    percent: (value, options) => numberFormat({ style: 'percent', ...options }).format(value),
  };
};

export const useFormat = (): Formatters => {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatters(language), [language]);
};
