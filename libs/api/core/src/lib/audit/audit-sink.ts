import type { EntityManager } from 'typeorm';

export type ActorType = 'USER' | 'API_KEY' | 'SYSTEM' | 'PUBLIC';

export type AuditEntry = {
  tenantId: string;
  action: string;
  entityType: string;
  entityId: string | null;
  clientId: string | null;
  changes: Record<string, unknown> | null;
  actorType: ActorType;
  actorId: string | null;
  actorLabel: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  occurredAt: Date;
};

// Implemented by the audit library; the unit of work flushes buffered entries through it right before COMMIT.
export type AuditSink = {
  append(manager: EntityManager, entries: AuditEntry[]): Promise<void>;
};

export const AUDIT_SINK = Symbol('AUDIT_SINK');
