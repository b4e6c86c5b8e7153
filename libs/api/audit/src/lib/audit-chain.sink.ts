import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId, type AuditEntry, type AuditSink } from '@klarsicht/api-core';
import { canonicalJson } from './audit-chain.util';

/**
 * Appends buffered entries to each tenant's chain inside the caller's transaction, right before COMMIT, in one
 * statement per tenant: `audit_append` locks the head row (gap-free sequence, linear chain; held only until COMMIT),
 * inserts the events with their SHA-256 chain hashes (format 2, see the AuditAppendInOneStatement migration) and
 * moves the head.
 */
@Injectable()
export class AuditChainSink implements AuditSink {
  async append(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    const byTenant = new Map<string, AuditEntry[]>();
    for (const entry of entries)
      byTenant.set(entry.tenantId, [...(byTenant.get(entry.tenantId) ?? []), entry]);
    // A fixed lock order keeps two transactions that touch the same tenants from deadlocking.
    for (const tenantId of [...byTenant.keys()].sort()) {
      await manager.query('SELECT audit_append($1, $2)', [
        tenantId,
        JSON.stringify((byTenant.get(tenantId) ?? []).map(toAppendRow)),
      ]);
    }
  }
}

/** One element of audit_append's `p_events`: the columns to store. */
export const toAppendRow = (entry: AuditEntry) => ({
  id: newId(),
  occurred_at: entry.occurredAt.toISOString(),
  actor_type: entry.actorType,
  actor_id: entry.actorId,
  actor_label: entry.actorLabel,
  client_id: entry.clientId,
  action: entry.action,
  entity_type: entry.entityType,
  entity_id: entry.entityId,
  changes: entry.changes === null || entry.changes === undefined ? null : canonicalJson(entry.changes),
  ip: entry.ip,
  user_agent: entry.userAgent,
  request_id: entry.requestId,
});
