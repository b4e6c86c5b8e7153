import type { CsvColumn } from '@klarsicht/api-core';
import type { AuditRow } from './audit.repository';

/**
 * One exported event: every field the chain hash covers, in the hashed order, then `prevHash` and `hash`, so an
 * auditor can recompute the chain from the export alone (docs/security.md § Verifying an export).
 */
export type AuditExportRow = {
  tenantId: string;
  sequence: number;
  id: string;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  clientId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The stored canonical JSON text, byte for byte as hashed. */
  changes: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
};

export const toAuditExportRow = (row: AuditRow): AuditExportRow => ({
  tenantId: row.tenant_id,
  sequence: Number(row.seq),
  id: row.id,
  occurredAt: row.occurred_at,
  actorType: row.actor_type,
  actorId: row.actor_id,
  actorLabel: row.actor_label,
  clientId: row.client_id,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  changes: row.changes,
  ip: row.ip,
  userAgent: row.user_agent,
  requestId: row.request_id,
  prevHash: row.prev_hash,
  hash: row.hash,
});

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
