import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CSV_DIALECTS, csvDialect } from './csv-dialect';
import { berlinTimestamp, csvCell, csvStream, csvString, neutralise, type CsvColumn } from './csv-writer';

type Row = { name: string | null; phone: string; at: Date | null; share: number; active: boolean };
const COLUMNS: CsvColumn<Row>[] = [
  { key: 'name', de: 'Name', en: 'Name', kind: 'text' },
  { key: 'phone', de: 'Telefonnummer', en: 'Phone number', kind: 'text' },
  { key: 'at', de: 'Zeitpunkt', en: 'Time', kind: 'timestamp' },
  { key: 'share', de: 'Anteil', en: 'Share', kind: 'number' },
  { key: 'active', de: 'Aktiv', en: 'Active', kind: 'boolean' },
];
/** Fixed input for the golden files: winter and summer time, text Excel would convert, quoting, null and empty. */
const ROWS: Row[] = [
  {
    name: 'Bäckerei Müller',
    phone: '+4915211122233',
    at: new Date('2026-01-15T08:05:09.120Z'),
    share: 12.5,
    active: true,
  },
  {
    name: '=HYPERLINK("https://example.com","Klick")',
    phone: '-1',
    at: new Date('2026-07-01T22:30:00.000Z'),
    share: -3,
    active: false,
  },
  { name: 'Zeile 1\nZeile 2; "zitiert", mit Komma', phone: '@sum', at: null, share: 0, active: true },
  { name: null, phone: '', at: new Date('2026-03-29T01:00:00.000Z'), share: 1000.25, active: false },
];
const GOLDEN = join(__dirname, '../../../../../../test/golden/csv');

describe('CSV writer', () => {
  it('formats timestamps in Europe/Berlin, across both daylight saving switches', () => {
    expect(berlinTimestamp(new Date('2026-01-15T08:05:09Z'))).toBe('15.01.2026 09:05:09');
    expect(berlinTimestamp(new Date('2026-07-01T22:30:00Z'))).toBe('02.07.2026 00:30:00');
    expect(berlinTimestamp(new Date('2026-03-29T00:59:59Z'))).toBe('29.03.2026 01:59:59');
    expect(berlinTimestamp(new Date('2026-03-29T01:00:00Z'))).toBe('29.03.2026 03:00:00');
    expect(berlinTimestamp(new Date('2026-10-25T00:30:00Z'))).toBe('25.10.2026 02:30:00');
    expect(berlinTimestamp(new Date('2026-10-25T01:30:00Z'))).toBe('25.10.2026 02:30:00');
  });

  it('neutralises formula starts with an apostrophe in the Excel dialects only', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\uFF1D'])
      expect(neutralise(`${start}x`)).toBe(`'${start}x`);
    expect(neutralise('Müller')).toBe('Müller');
    const [rfc, de, en] = CSV_DIALECTS.map(csvDialect);
    expect(csvCell('+4915211122233', 'text', rfc)).toBe('+4915211122233');
    expect(csvCell('+4915211122233', 'text', de)).toBe("'+4915211122233");
    expect(csvCell('=1+1', 'text', en)).toBe("'=1+1");
    // A number column keeps its sign; a value that is no plain number is text and defused.
    expect(csvCell(-3.5, 'number', de)).toBe('-3,5');
    expect(csvCell('=1+1', 'number', de)).toBe("'=1+1");
  });

  it('writes numbers, booleans, timestamps and null per dialect', () => {
    const [rfc, de, en] = CSV_DIALECTS.map(csvDialect);
    expect([rfc, de, en].map((d) => csvCell(1000.25, 'number', d))).toEqual([
      '1000.25',
      '1000,25',
      '1000,25',
    ]);
    expect([rfc, de, en].map((d) => csvCell(true, 'boolean', d))).toEqual(['true', 'WAHR', 'TRUE']);
    const at = new Date('2026-12-07T09:40:33.123Z');
    expect([rfc, de, en].map((d) => csvCell(at, 'timestamp', d))).toEqual([
      '2026-12-07T09:40:33.123Z',
      '07.12.2026 10:40:33',
      '07.12.2026 10:40:33',
    ]);
    expect(csvCell(at.toISOString(), 'timestamp', rfc)).toBe('2026-12-07T09:40:33.123Z');
    expect([rfc, de].map((d) => [csvCell(null, 'text', d), csvCell('', 'text', d)])).toEqual([
      [null, ''],
      [null, ''],
    ]);
  });

  it('refuses an unknown dialect with a message naming the known ones', () => {
    expect(() => csvDialect('excel')).toThrow(/Unknown CSV dialect "excel"/);
    expect(csvDialect(undefined).name).toBe('rfc4180');
  });

  it('streams the same bytes as it writes at once', async () => {
    for (const name of CSV_DIALECTS) {
      const chunks: Buffer[] = [];
      for await (const chunk of csvStream(ROWS, COLUMNS, csvDialect(name))) chunks.push(Buffer.from(chunk));
      expect(Buffer.concat(chunks).toString('utf8')).toBe(csvString(ROWS, COLUMNS, csvDialect(name)));
    }
  });

  it('reads back with csv-parse in each dialect, null and empty apart', () => {
    const de: string[][] = parse(csvString(ROWS, COLUMNS, csvDialect('excel-de')), {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
    });
    expect(de[0]).toEqual(['Name', 'Telefonnummer', 'Zeitpunkt', 'Anteil', 'Aktiv']);
    expect(de[2][0]).toBe('\'=HYPERLINK("https://example.com","Klick")');
    expect(de[3][0]).toBe('Zeile 1\nZeile 2; "zitiert", mit Komma');
    const rfc: (string | null)[][] = parse(csvString(ROWS, COLUMNS, csvDialect('rfc4180')), {
      cast: (value, context) => (value === '' && !context.quoting ? null : value),
    });
    expect(rfc[0]).toEqual(['name', 'phone', 'at', 'share', 'active']);
    expect(rfc[1].slice(0, 3)).toEqual(['Bäckerei Müller', '+4915211122233', '2026-01-15T08:05:09.120Z']);
    expect(rfc[4].slice(0, 2)).toEqual([null, '']);
  });

  it.each(CSV_DIALECTS)('matches the golden file of %s byte for byte', (name) => {
    const file = join(GOLDEN, `${name}.csv`);
    const bytes = csvString(ROWS, COLUMNS, csvDialect(name));
    // UPDATE_GOLDEN=1 rewrites the files; the diff shows a format change in review.
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, bytes);
    expect(readFileSync(file).equals(Buffer.from(bytes, 'utf8'))).toBe(true);
  });
});
