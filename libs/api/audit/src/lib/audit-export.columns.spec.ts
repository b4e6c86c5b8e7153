import { canonicalEvent, type ChainedFields } from './audit-chain.util';
import { AUDIT_EXPORT_COLUMNS, toAuditExportRow } from './audit-export.columns';
import type { AuditRow } from './audit.repository';

describe('audit export columns', () => {
  it('carry every hashed field in the hashed order, then prevHash and hash', () => {
    // Each field holds its own name: the canonical form lists the names in the order the hash covers them.
    const names = Object.fromEntries(
      ['tenantId', 'seq', 'id', 'occurredAt', 'actorType', 'actorId', 'actorLabel', 'clientId', 'action']
        .concat(['entityType', 'entityId', 'changes', 'ip', 'userAgent', 'requestId'])
        .map((name) => [name, name]),
    ) as ChainedFields;
    const hashed = (JSON.parse(canonicalEvent(names)) as string[]).map((n) => (n === 'seq' ? 'sequence' : n));
    expect(hashed).toHaveLength(15);
    expect(AUDIT_EXPORT_COLUMNS.map((c) => c.key)).toEqual([...hashed, 'prevHash', 'hash']);
  });

  it('keeps the stored values: the sequence as a number, the instant and the canonical changes text', () => {
    const occurredAt = new Date('2026-12-07T09:40:33.123Z');
    const row: AuditRow = {
      tenant_id: 't',
      seq: '42',
      id: 'e',
      occurred_at: occurredAt,
      actor_type: 'USER',
      actor_id: null,
      actor_label: 'a@example.test',
      client_id: null,
      action: 'client.created',
      entity_type: 'client',
      entity_id: null,
      changes: '{"name":{"after":"=X"}}',
      ip: null,
      user_agent: '',
      request_id: null,
      prev_hash: 'p',
      hash: 'h',
    };
    const exported = toAuditExportRow(row);
    expect(Object.keys(exported)).toEqual(AUDIT_EXPORT_COLUMNS.map((c) => c.key));
    expect(exported).toMatchObject({
      sequence: 42,
      occurredAt,
      changes: row.changes,
      userAgent: '',
      ip: null,
    });
  });
});
