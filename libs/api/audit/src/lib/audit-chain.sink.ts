import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId, type AuditEntry, type AuditSink } from '@klarsicht/api-core';
import { chainHash, GENESIS_HASH } from './audit-chain.util';

const COLUMNS = [
  'tenant_id', 'seq', 'id', 'occurred_at', 'actor_type', 'actor_id', 'actor_label', 'client_id', 'action',
  'entity_type', 'entity_id', 'changes', 'ip', 'user_agent', 'request_id', 'prev_hash', 'hash',
] as const;

/**
 * Appends buffered entries to each tenant's chain inside the caller's transaction, right before COMMIT.
 * The head row lock makes sequence numbers gap-free and the chain linear; it is held only until COMMIT.
 */
@Injectable()
export class AuditChainSink implements AuditSink {
  async append(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    const byTenant = new Map<string, AuditEntry[]>();
    for (const entry of entries) byTenant.set(entry.tenantId, [...(byTenant.get(entry.tenantId) ?? []), entry]);
    // A fixed lock order keeps two transactions that touch the same tenants from deadlocking.
    for (const tenantId of [...byTenant.keys()].sort()) {
      await this.appendForTenant(manager, tenantId, byTenant.get(tenantId) ?? []);
    }
  }

  private async appendForTenant(manager: EntityManager, tenantId: string, entries: AuditEntry[]): Promise<void> {
    // The audit trail is written by the system on behalf of the request: scope the writes to this tenant only.
    await manager.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.client_id', '', true)`, [tenantId]);
    const [head] = await manager.query<{ seq: string; hash: string }[]>(
      `INSERT INTO audit_head (tenant_id, seq, hash) VALUES ($1, 0, $2)
       ON CONFLICT (tenant_id) DO UPDATE SET seq = audit_head.seq
       RETURNING seq, hash`,
      [tenantId, GENESIS_HASH],
    );
    let seq = BigInt(head.seq);
    let prevHash = head.hash;
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const entry of entries) {
      seq += 1n;
      const fields = {
        tenantId,
        seq: seq.toString(),
        id: newId(),
        occurredAt: entry.occurredAt.toISOString(),
        actorType: entry.actorType,
        actorId: entry.actorId,
        actorLabel: entry.actorLabel,
        clientId: entry.clientId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        changes: entry.changes,
        ip: entry.ip,
        userAgent: entry.userAgent,
        requestId: entry.requestId,
      };
      const hash = chainHash(prevHash, fields);
      const offset = values.length;
      rows.push(`(${COLUMNS.map((_, i) => `$${offset + i + 1}`).join(', ')})`);
      values.push(
        tenantId, fields.seq, fields.id, fields.occurredAt, fields.actorType, fields.actorId, fields.actorLabel,
        fields.clientId, fields.action, fields.entityType, fields.entityId,
        fields.changes === null ? null : JSON.stringify(fields.changes), fields.ip, fields.userAgent, fields.requestId,
        prevHash, hash,
      );
      prevHash = hash;
    }
    await manager.query(`INSERT INTO audit_event (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, values);
    await manager.query(`UPDATE audit_head SET seq = $2, hash = $3 WHERE tenant_id = $1`, [tenantId, seq.toString(), prevHash]);
  }
}
