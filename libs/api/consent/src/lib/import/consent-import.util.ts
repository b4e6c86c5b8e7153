import { isIP } from 'node:net';
import { CONSENT_PURPOSES, CONSENT_SOURCES, type ConsentPurpose, type ConsentSource } from '../consent.enums';
import { normalizePhone } from '../phone.util';
import type { ImportRow } from './consent-import.repository';

export const IMPORT_COLUMNS = [
  'phone_number',
  'purpose',
  'status',
  'occurred_at',
  'text_version_id',
  'source',
  'ip',
  'user_agent',
  'form_url',
] as const;
const REQUIRED_COLUMNS = ['phone_number', 'purpose', 'status', 'occurred_at'];
const IMPORT_STATUSES = ['CONFIRMED', 'WITHDRAWN'] as const;

/** A row as the file states it: everything but the subject's blind index, its prepared keys and sealed evidence. */
export type ParsedImportRow = Omit<ImportRow, 'index' | 'subject' | 'evidence'>;
export type ImportTextSummary = { id: string; sha256: string; purposes: ConsentPurpose[] };

export class HeaderError extends Error {}

/** The header's column names, lower-cased; HeaderError names what is missing, unknown or repeated. */
export const importColumns = (header: string[]): string[] => {
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !(IMPORT_COLUMNS as readonly string[]).includes(n));
  const missing = REQUIRED_COLUMNS.filter((n) => !names.includes(n));
  if (unknown.length || missing.length) {
    throw new HeaderError(
      [
        missing.length ? `missing column(s) ${missing.join(', ')}` : '',
        unknown.length ? `unknown column(s) ${unknown.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ') + `. Expected: ${IMPORT_COLUMNS.join(', ')}`,
    );
  }
  if (new Set(names).size !== names.length) throw new HeaderError('Duplicate column names');
  return names;
};

/**
 * One CSV record checked field by field: every problem is reported through `fail` (line, column, message), and the
 * row comes back only when it has none. `now` bounds `occurred_at` (five minutes of clock skew allowed).
 */
export const parseImportRecord = (
  record: Record<string, string | undefined>,
  line: number,
  texts: ReadonlyMap<string, ImportTextSummary>,
  now: number,
  fail: (line: number, field: string | null, message: string) => void,
): ParsedImportRow | null => {
  let ok = true;
  const bad = (field: string, message: string): null => {
    ok = false;
    fail(line, field, message);
    return null;
  };
  const e164 =
    normalizePhone(record['phone_number'] ?? '') ?? bad('phone_number', 'Not a valid phone number');
  const purposeValue = (record['purpose'] ?? '').toUpperCase();
  const purpose = (CONSENT_PURPOSES as readonly string[]).includes(purposeValue)
    ? (purposeValue as ConsentPurpose)
    : bad('purpose', `Use one of ${CONSENT_PURPOSES.join(', ')}`);
  const statusValue = (record['status'] ?? '').toUpperCase();
  const status = (IMPORT_STATUSES as readonly string[]).includes(statusValue)
    ? (statusValue as ImportRow['status'])
    : bad('status', `Use one of ${IMPORT_STATUSES.join(', ')}`);
  const when = new Date(record['occurred_at'] ?? '');
  const occurredAt =
    !record['occurred_at'] || Number.isNaN(when.getTime())
      ? bad('occurred_at', 'Not a date (use ISO 8601, e.g. 2026-03-02T09:15:00Z)')
      : when.getTime() > now + 300_000
        ? bad('occurred_at', 'Must not be in the future')
        : when;
  const textId = record['text_version_id'] || null;
  let text: ImportRow['text'] = null;
  if (textId) {
    const found = texts.get(textId);
    if (!found) bad('text_version_id', 'No consent text version with this id for this client');
    else if (purpose && !found.purposes.includes(purpose))
      bad('text_version_id', `The text version does not cover ${purpose}`);
    else text = { id: found.id, sha256: found.sha256 };
  }
  const sourceValue = (record['source'] || 'IMPORT').toUpperCase();
  const source = (CONSENT_SOURCES as readonly string[]).includes(sourceValue)
    ? (sourceValue as ConsentSource)
    : bad('source', `Use one of ${CONSENT_SOURCES.join(', ')}`);
  const ip = record['ip'] || null;
  if (ip && !isIP(ip)) bad('ip', 'Not an IP address');
  const userAgent = record['user_agent'] || null;
  if (userAgent && userAgent.length > 1000) bad('user_agent', 'Longer than 1000 characters');
  const formUrl = record['form_url'] || null;
  if (formUrl && formUrl.length > 2000) bad('form_url', 'Longer than 2000 characters');
  if (!ok || !e164 || !purpose || !status || !occurredAt || !source) return null;
  return { line, e164, purpose, status, occurredAt, text, source, ip, userAgent, formUrl };
};
