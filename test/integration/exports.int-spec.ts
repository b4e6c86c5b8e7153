import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { addMember, signUpFirm, type Firm } from '../support/factories';
import { TEST_PHONES } from '../support/sensitive-values';
import { startTestApp, type TestApp } from '../support/test-app';

// Every CSV export in each dialect, read back as a spreadsheet importer would (docs/api.md § CSV dialects), and the
// standalone verifier against real exports of a real chain (docs/security.md § Verifying an export).
type Dialect = 'rfc4180' | 'excel-de' | 'excel-en';
const DIALECTS: Record<Dialect, { delimiter: string; bom: boolean; header: 'key' | 'de' | 'en' }> = {
  rfc4180: { delimiter: ',', bom: false, header: 'key' },
  'excel-de': { delimiter: ';', bom: true, header: 'de' },
  'excel-en': { delimiter: ';', bom: true, header: 'en' },
};
const FORMULA = '=HYPERLINK("https://example.test/x","Klick")';
const PHONE = TEST_PHONES.exports.replace(/ /g, '');
const AUDIT_HEADERS = {
  key: 'tenantId,sequence,id,occurredAt,actorType,actorId,actorLabel,clientId,action,entityType,entityId,changes,ip,userAgent,requestId,prevHash,hash',
  de: 'Kanzlei-ID,Laufnummer,Ereignis-ID,Zeitpunkt,Akteurtyp,Akteur-ID,Akteur,Mandanten-ID,Aktion,Objekttyp,Objekt-ID,Änderungen,IP-Adresse,User-Agent,Anfrage-ID,Vorheriger Hash,Hash',
  en: 'Firm ID,Sequence,Event ID,Occurred at,Actor type,Actor ID,Actor,Client ID,Action,Entity type,Entity ID,Changes,IP address,User agent,Request ID,Previous hash,Hash',
};
const CONSENT_HEADERS = {
  key: 'phone_number,purpose,status,requested_at,confirmed_at,withdrawn_at,text_version_id,text_sha256,updated_at,client_name',
  de: 'Telefonnummer,Zweck,Status,Angefragt am,Bestätigt am,Widerrufen am,Textversion,Text-SHA-256,Geändert am,Mandant',
  en: 'Phone number,Purpose,Status,Requested at,Confirmed at,Withdrawn at,Text version,Text SHA-256,Updated at,Client',
};
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An independent rendering of an instant as `TT.MM.JJJJ HH:MM:SS` in Europe/Berlin (Intl with the time zone). */
const berlin = (iso: string): string => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'short',
    timeStyle: 'medium',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('day')}.${part('month')}.${part('year')} ${part('hour')}:${part('minute')}:${part('second')}`;
};

describe('Exports in the CSV dialects (audit, consent) and the audit export verifier', () => {
  let sut: TestApp;
  let firm: Firm;
  let clientId: string;
  const dir = mkdtempSync(join(tmpdir(), 'klarsicht-exports-'));

  const get = async (path: string) => {
    const response = await fetch(`${sut.url}${path}`, { headers: { authorization: `Bearer ${firm.token}` } });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const readCsv = (bytes: Buffer, dialect: Dialect): string[][] =>
    parse(bytes, {
      bom: DIALECTS[dialect].bom,
      delimiter: DIALECTS[dialect].delimiter,
      record_delimiter: '\r\n',
    });
  const verify = (...args: string[]) =>
    spawnSync(process.execPath, [join(__dirname, '../../scripts/verify-audit-export.mjs'), ...args], {
      encoding: 'utf8',
    });

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut);
    // A client named like a formula, created by a browser whose User-Agent is one (both are stored as given).
    const created = await sut.gql<{ createClient: { id: string } }>(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { name: FORMULA } },
      { token: firm.token, headers: { 'user-agent': FORMULA } },
    );
    clientId = created.data?.createClient.id ?? '';
    const form = new FormData();
    const csv = `phone_number,purpose,status,occurred_at\n${PHONE},MARKETING,CONFIRMED,2026-07-01T22:30:00Z\n`;
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'consents.csv');
    const imported = await fetch(`${sut.url}/api/clients/${clientId}/consents/import?dryRun=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${firm.token}` },
      body: form,
    });
    expect(((await imported.json()) as { importedRows: number }).importedRows).toBe(1);
  });
  afterAll(() => sut.close());

  it.each(Object.keys(DIALECTS) as Dialect[])('writes the audit export in %s', async (dialect) => {
    const jsonl = await get('/api/audit-events/export?format=jsonl');
    const events = jsonl.bytes
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string | number | null>);
    const { response, bytes } = await get(`/api/audit-events/export?format=csv&dialect=${dialect}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(DIALECTS[dialect].bom);
    expect(bytes.subarray(-2).toString()).toBe('\r\n');
    const [header, ...rows] = readCsv(bytes, dialect);
    expect(header).toEqual(AUDIT_HEADERS[DIALECTS[dialect].header].split(','));
    expect(rows.length).toBeGreaterThanOrEqual(events.length);
    const at = (name: string) => AUDIT_HEADERS.key.split(',').indexOf(name);
    const created = rows.find((row) => row[at('action')] === 'client.created') as string[];
    const source = events.find((event) => event['action'] === 'client.created') as Record<string, string>;
    expect(created[at('id')]).toBe(source['id']);
    expect(created[at('tenantId')]).toBe(firm.tenantId);
    expect(created[at('hash')]).toBe(source['hash']);
    // The JSON lines export keeps ISO 8601; the CSV writes the instant in the dialect's form.
    expect(source['occurredAt']).toMatch(ISO);
    expect(created[at('occurredAt')]).toBe(
      dialect === 'rfc4180' ? source['occurredAt'] : berlin(source['occurredAt']),
    );
    expect(created[at('occurredAt')]).toMatch(
      dialect === 'rfc4180' ? ISO : /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/,
    );
    // A formula-looking value stays text: an apostrophe in the Excel dialects, unchanged in RFC 4180.
    expect(created[at('userAgent')]).toBe(dialect === 'rfc4180' ? FORMULA : `'${FORMULA}`);
    expect(JSON.parse(created[at('changes')])).toMatchObject({ name: { after: FORMULA } });
  });

  it.each(Object.keys(DIALECTS) as Dialect[])('writes the consent export in %s', async (dialect) => {
    const { response, bytes } = await get(`/api/clients/${clientId}/consents/export?dialect=${dialect}`);
    expect(response.status).toBe(200);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(DIALECTS[dialect].bom);
    const [header, ...rows] = readCsv(bytes, dialect);
    expect(header).toEqual(CONSENT_HEADERS[DIALECTS[dialect].header].split(','));
    expect(rows).toHaveLength(1);
    const [phone, purpose, status, , confirmedAt] = rows[0];
    expect([phone, purpose, status]).toEqual([
      dialect === 'rfc4180' ? PHONE : `'${PHONE}`,
      'MARKETING',
      'CONFIRMED',
    ]);
    // 22:30 UTC on 1 July is half past midnight of the next day in Berlin (summer time).
    expect(confirmedAt).toBe(dialect === 'rfc4180' ? '2026-07-01T22:30:00.000Z' : '02.07.2026 00:30:00');
    // The client is named like a formula: a name in Excel, unchanged in RFC 4180.
    expect(rows[0][9]).toBe(dialect === 'rfc4180' ? FORMULA : `'${FORMULA}`);
  });

  it('defaults to rfc4180 and refuses an unknown dialect with 400 naming the known ones', async () => {
    const plain = await get(`/api/clients/${clientId}/consents/export`);
    expect(plain.bytes.toString('utf8').split('\r\n')[0]).toBe(CONSENT_HEADERS.key);
    for (const path of [
      `/api/clients/${clientId}/consents/export?dialect=excel`,
      '/api/audit-events/export?format=csv&dialect=excel',
    ]) {
      const { response, bytes } = await get(path);
      expect(response.status).toBe(400);
      expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({
        error: {
          code: 'BAD_USER_INPUT',
          message: 'Unknown CSV dialect "excel"',
          fields: { dialect: 'Use one of rfc4180, excel-de, excel-en' },
        },
      });
    }
  });

  it('verifies a real JSON lines and RFC 4180 export with the standalone script, and names a tampered event', async () => {
    for (const [name, path] of [
      ['audit.jsonl', '/api/audit-events/export?format=jsonl'],
      ['audit.csv', '/api/audit-events/export?format=csv&dialect=rfc4180'],
    ]) {
      const text = (await get(path)).bytes.toString('utf8');
      const file = join(dir, name);
      writeFileSync(file, text);
      const intact = verify(file);
      expect([intact.status, intact.stderr]).toEqual([0, '']);
      expect(intact.stdout).toMatch(/^chain holds: \d+ events/);
      // One field of one event changed: the script exits 1 and names that event.
      expect(text.match(/client\.created/g)).toHaveLength(1);
      writeFileSync(file, text.replace('client.created', 'client.deleted'));
      const tampered = verify(file);
      expect(tampered.status).toBe(1);
      const sequence = (await get('/api/audit-events/export?format=jsonl')).bytes
        .toString('utf8')
        .split('\n')
        .map((line) => (line ? (JSON.parse(line) as { action: string; sequence: number }) : null))
        .find((event) => event?.action === 'client.created')?.sequence;
      expect(tampered.stderr).toContain(`broken: event ${sequence} `);
    }
    // The Excel dialects change values for the spreadsheet; the script refuses them (exit 2).
    const excel = join(dir, 'audit-excel.csv');
    writeFileSync(excel, (await get('/api/audit-events/export?format=csv&dialect=excel-de')).bytes);
    expect(verify(excel).status).toBe(2);
  });

  it('verifies a client user’s export, which has gaps, only with --partial', async () => {
    const member = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId);
    const response = await fetch(`${sut.url}/api/audit-events/export?format=csv&dialect=rfc4180`, {
      headers: { authorization: `Bearer ${member.token}` },
    });
    const file = join(dir, 'client-audit.csv');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const whole = verify(file);
    expect(whole.status).toBe(1);
    expect(whole.stderr).toMatch(/does not start at 1|follows event/);
    const partial = verify(file, '--partial');
    expect([partial.status, partial.stderr]).toEqual([0, '']);
  });
});
