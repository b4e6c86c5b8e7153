import type { CsvColumn } from '@klarsicht/api-core';
import type { ChainedFields } from './audit-chain.util';
import { chainedFields, type AuditRow } from './audit.repository';

/**
 * One exported event: every field the chain hash covers, in the hashed order, then `prevHash` and `hash`, so an
 * auditor can recompute the chain from the export alone (docs/security.md § Verifying an export).
 */
export type AuditExportRow = Omit<ChainedFields, 'seq' | 'occurredAt' | 'changes'> & {
  sequence: number;
  occurredAt: Date;
  /** The stored canonical JSON text, byte for byte as hashed. */
  changes: string | null;
  prevHash: string;
  hash: string;
};

/** The hashed fields keep their order (tenantId, sequence, id, …), the chain follows. */
export const toAuditExportRow = (row: AuditRow): AuditExportRow => {
  const { tenantId, seq, id, ...fields } = chainedFields(row);
  return {
    tenantId,
    sequence: Number(seq),
    id,
    ...fields,
    occurredAt: row.occurred_at,
    changes: row.changes,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
};

export const AUDIT_EXPORT_COLUMNS: readonly CsvColumn<AuditExportRow>[] = [
  { key: 'tenantId', de: 'Kanzlei-ID', en: 'Firm ID', kind: 'text' },
  { key: 'sequence', de: 'Laufnummer', en: 'Sequence', kind: 'number' },
  { key: 'id', de: 'Ereignis-ID', en: 'Event ID', kind: 'text' },
  { key: 'occurredAt', de: 'Zeitpunkt', en: 'Occurred at', kind: 'timestamp' },
  { key: 'actorType', de: 'Akteurtyp', en: 'Actor type', kind: 'text' },
  { key: 'actorId', de: 'Akteur-ID', en: 'Actor ID', kind: 'text' },
  { key: 'actorLabel', de: 'Akteur', en: 'Actor', kind: 'text' },
  { key: 'clientId', de: 'Mandanten-ID', en: 'Client ID', kind: 'text' },
  { key: 'action', de: 'Aktion', en: 'Action', kind: 'text' },
  { key: 'entityType', de: 'Objekttyp', en: 'Entity type', kind: 'text' },
  { key: 'entityId', de: 'Objekt-ID', en: 'Entity ID', kind: 'text' },
  { key: 'changes', de: 'Änderungen', en: 'Changes', kind: 'text' },
  { key: 'ip', de: 'IP-Adresse', en: 'IP address', kind: 'text' },
  { key: 'userAgent', de: 'User-Agent', en: 'User agent', kind: 'text' },
  { key: 'requestId', de: 'Anfrage-ID', en: 'Request ID', kind: 'text' },
  { key: 'prevHash', de: 'Vorheriger Hash', en: 'Previous hash', kind: 'text' },
  { key: 'hash', de: 'Hash', en: 'Hash', kind: 'text' },
];
