import { HeaderError, importColumns, parseImportRecord, type ImportTextSummary } from './consent-import.util';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const TEXT: ImportTextSummary = { id: 't1', sha256: 'ab'.repeat(32), purposes: ['MARKETING'] };
const parse = (record: Record<string, string>) => {
  const errors: [number, string | null, string][] = [];
  const row = parseImportRecord(
    record,
    7,
    new Map([['t1', TEXT]]),
    NOW,
    (line, field, message) => void errors.push([line, field, message]),
  );
  return { row, errors };
};
const valid = {
  phone_number: '0171 1234567',
  purpose: 'marketing',
  status: 'confirmed',
  occurred_at: '2026-03-02T09:15:00Z',
};

describe('consent-import.util', () => {
  it('importColumns lower-cases the header and names what is missing, unknown or repeated', () => {
    expect(importColumns([' Phone_Number', 'PURPOSE', 'status', 'occurred_at'])).toEqual([
      'phone_number',
      'purpose',
      'status',
      'occurred_at',
    ]);
    expect(() => importColumns(['phone_number', 'purpose', 'colour'])).toThrow(
      new HeaderError(
        'missing column(s) status, occurred_at; unknown column(s) colour. Expected: phone_number, purpose, status, occurred_at, text_version_id, source, ip, user_agent, form_url',
      ),
    );
    expect(() => importColumns(['phone_number', 'purpose', 'status', 'occurred_at', 'purpose'])).toThrow(
      'Duplicate column names',
    );
  });

  it('a valid record: number in E.164, upper-cased enums, IMPORT as the default source', () => {
    expect(parse({ ...valid, text_version_id: 't1' })).toEqual({
      errors: [],
      row: {
        line: 7,
        e164: '+491711234567',
        purpose: 'MARKETING',
        status: 'CONFIRMED',
        occurredAt: new Date('2026-03-02T09:15:00Z'),
        text: { id: 't1', sha256: TEXT.sha256 },
        source: 'IMPORT',
        ip: null,
        userAgent: null,
        formUrl: null,
      },
    });
  });

  it('reports every bad field of a record, with its line, and returns no row', () => {
    const { row, errors } = parse({
      phone_number: 'abc',
      purpose: 'SPAM',
      status: 'PENDING',
      occurred_at: '2026-12-07T00:00:00Z',
      ip: '999.1.1.1',
      source: 'FAX',
    });
    expect(row).toBeNull();
    expect(errors.map(([line, field]) => [line, field])).toEqual([
      [7, 'phone_number'],
      [7, 'purpose'],
      [7, 'status'],
      [7, 'occurred_at'],
      [7, 'source'],
      [7, 'ip'],
    ]);
    expect(errors[3][2]).toBe('Must not be in the future');
  });

  it('a text version must exist for the client and cover the purpose', () => {
    expect(parse({ ...valid, text_version_id: 'nope' }).errors[0][2]).toBe(
      'No consent text version with this id for this client',
    );
    expect(parse({ ...valid, purpose: 'SERVICE', text_version_id: 't1' }).errors[0][2]).toBe(
      'The text version does not cover SERVICE',
    );
  });
});
