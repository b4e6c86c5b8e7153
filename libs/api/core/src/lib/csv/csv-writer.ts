import { Readable } from 'node:stream';
import { stringify, type Options } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { CSV_RECORD_DELIMITER, type CsvDialect } from './csv-dialect';

export type CsvValueKind = 'text' | 'timestamp' | 'number' | 'boolean';

/** One column of an export: the row's field, its header per language and how its values are written. */
export type CsvColumn<Row> = {
  key: keyof Row & string;
  de: string;
  en: string;
  kind: CsvValueKind;
};

const BERLIN = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The instant's wall-clock fields in Europe/Berlin (year, month, day, hour, minute, second; the rules come from Intl). */
export const berlinParts = (date: Date): Record<string, string> =>
  Object.fromEntries(BERLIN.formatToParts(date).map((p) => [p.type, p.value]));

/** `TT.MM.JJJJ HH:MM:SS`, wall-clock time in Europe/Berlin. */
export const berlinTimestamp = (date: Date): string => {
  const part = berlinParts(date);
  return `${part['day']}.${part['month']}.${part['year']} ${part['hour']}:${part['minute']}:${part['second']}`;
};

/** Characters Excel reads as the start of a formula or strips (OWASP CSV injection), ASCII and full-width. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Excel dialects: a leading apostrophe keeps `+4915…` a text and `=HYPERLINK(…)` a name. */
export const neutralise = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

const NUMBER = /^-?\d+(\.\d+)?$/;

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

/**
 * One cell as the dialect writes it. A missing value (null) is written as nothing, an empty text as `""`, so a reader
 * can tell them apart (docs/api.md § CSV dialects).
 */
export const csvCell = (value: unknown, kind: CsvValueKind, dialect: CsvDialect): string | null => {
  if (value === null || value === undefined) return null;
  if (value === '') return '';
  switch (kind) {
    case 'timestamp':
      return dialect.excel ? berlinTimestamp(toDate(value)) : toDate(value).toISOString();
    case 'number':
      // Anything that is not a plain decimal is written as text (and neutralised like text).
      if (!NUMBER.test(String(value))) return csvCell(value, 'text', dialect);
      return dialect.decimal === ',' ? String(value).replace('.', ',') : String(value);
    case 'boolean':
      if (dialect.name === 'excel-de') return value ? 'WAHR' : 'FALSCH';
      return dialect.excel ? (value ? 'TRUE' : 'FALSE') : String(Boolean(value));
    default: {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      return dialect.excel ? neutralise(text) : text;
    }
  }
};

const options = <Row>(columns: readonly CsvColumn<Row>[], dialect: CsvDialect): Options => ({
  header: true,
  columns: columns.map((c) => ({
    key: c.key,
    header: dialect.header === 'key' ? c.key : c[dialect.header],
  })),
  delimiter: dialect.delimiter,
  record_delimiter: CSV_RECORD_DELIMITER,
  bom: dialect.bom,
  // Line breaks inside a value are always quoted; an empty text is `""`, null nothing.
  quoted_match: [/[\r\n]/, /^$/],
});

const record = <Row>(row: Row, columns: readonly CsvColumn<Row>[], dialect: CsvDialect) =>
  Object.fromEntries(columns.map((c) => [c.key, csvCell(row[c.key], c.kind, dialect)]));

/** Streams rows as CSV in the dialect (header first); memory stays flat. */
export const csvStream = <Row>(
  rows: Iterable<Row> | AsyncIterable<Row>,
  columns: readonly CsvColumn<Row>[],
  dialect: CsvDialect,
): Readable =>
  Readable.from(rows)
    .map((row: Row) => record(row, columns, dialect))
    .pipe(stringify(options(columns, dialect)));

/** The same bytes as csvStream, at once (tests, small exports). */
export const csvString = <Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  dialect: CsvDialect,
): string =>
  stringifySync(
    rows.map((row) => record(row, columns, dialect)),
    options(columns, dialect),
  );
