// English users are German DPO firms' staff and clients: day-month order and 24-hour time
// (en-GB) read less ambiguously next to German documents than the US defaults.
const LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

export const localeFor = (language: string): string => LOCALES[language] ?? LOCALES['de'];

export type DateInput = Date | string | number;

export type Formatters = {
  locale: string;
  /** A calendar day, `10.01.2026`. */
  date: (value: DateInput, options?: Intl.DateTimeFormatOptions) => string;
  /** A day and a time of day, `10.01.2026, 14:05`. */
  dateTime: (value: DateInput, options?: Intl.DateTimeFormatOptions) => string;
  /** A day in words and a time of day, `10. Januar 2026 um 14:05`: deadlines and confirmations for the public. */
  longDateTime: (value: DateInput) => string;
  /** A short day and a time to the second, `10.01.26, 14:05:07`: events in a log. */
  timestamp: (value: DateInput) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  percent: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A byte count in kilobytes with at most one decimal, `19,5 kB`. */
  fileSize: (bytes: number) => string;
};

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const LONG_DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
const TIMESTAMP: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'medium' };
const FILE_SIZE: Intl.NumberFormatOptions = { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 };

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

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

/** Formatters for one BCP 47 locale (`de-DE`, `en-GB`, or a bare language such as `en`). */
export const createFormatters = (locale: string): Formatters => {
  const dateFormat = cached((options) => new Intl.DateTimeFormat(locale, options));
  const numberFormat = cached((options) => new Intl.NumberFormat(locale, options));
  return {
    locale,
    date: (value, options = DATE) => dateFormat(options).format(toDate(value)),
    dateTime: (value, options = DATE_TIME) => dateFormat(options).format(toDate(value)),
    longDateTime: (value) => dateFormat(LONG_DATE_TIME).format(toDate(value)),
    timestamp: (value) => dateFormat(TIMESTAMP).format(toDate(value)),
    number: (value, options) => numberFormat(options).format(value),
    percent: (value, options) => numberFormat({ style: 'percent', ...options }).format(value),
    fileSize: (bytes) => numberFormat(FILE_SIZE).format(bytes / 1024),
  };
};
