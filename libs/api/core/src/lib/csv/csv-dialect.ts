import { badInput } from '../errors';

/** The CSV dialects of every export (docs/api.md § CSV dialects). */
export const CSV_DIALECTS = ['rfc4180', 'excel-de', 'excel-en'] as const;
export type CsvDialectName = (typeof CSV_DIALECTS)[number];

export type CsvDialect = {
  name: CsvDialectName;
  delimiter: ',' | ';';
  /** UTF-8 byte order mark before the header, so Excel reads UTF-8. */
  bom: boolean;
  /** Header row: machine keys, German or English labels. */
  header: 'key' | 'de' | 'en';
  decimal: '.' | ',';
  /** Excel dialects: ISO timestamps become `TT.MM.JJJJ HH:MM:SS` in Europe/Berlin, and formula-like text is defused. */
  excel: boolean;
};

const DIALECTS: Record<CsvDialectName, CsvDialect> = {
  rfc4180: { name: 'rfc4180', delimiter: ',', bom: false, header: 'key', decimal: '.', excel: false },
  'excel-de': { name: 'excel-de', delimiter: ';', bom: true, header: 'de', decimal: ',', excel: true },
  'excel-en': { name: 'excel-en', delimiter: ';', bom: true, header: 'en', decimal: ',', excel: true },
};

/** Every dialect ends its records with CRLF, as RFC 4180 § 2 prescribes and Excel writes itself. */
export const CSV_RECORD_DELIMITER = '\r\n';

/** The `?dialect=` of a request; absent means RFC 4180, anything unknown is a 400 naming the choices. */
export const csvDialect = (value: string | undefined): CsvDialect => {
  const name = value ?? 'rfc4180';
  if (!(CSV_DIALECTS as readonly string[]).includes(name))
    throw badInput({ dialect: `Use one of ${CSV_DIALECTS.join(', ')}` }, `Unknown CSV dialect "${name}"`);
  return DIALECTS[name as CsvDialectName];
};
