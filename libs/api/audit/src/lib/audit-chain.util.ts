import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = {
  tenantId: string;
  seq: string;
  id: string;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  clientId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

const canonicalValue = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonicalValue((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
};

/** Deterministic JSON: sorted keys at every depth, so jsonb round trips hash the same. */
export const canonicalJson = (value: unknown): string => JSON.stringify(canonicalValue(value));

export const canonicalEvent = (event: ChainedFields): string =>
  canonicalJson([
    event.tenantId,
    event.seq,
    event.id,
    event.occurredAt,
    event.actorType,
    event.actorId,
    event.actorLabel,
    event.clientId,
    event.action,
    event.entityType,
    event.entityId,
    event.changes ?? null,
    event.ip,
    event.userAgent,
    event.requestId,
  ]);

/** hash = SHA-256(prev_hash || canonical event), hex. */
export const chainHash = (prevHash: string, event: ChainedFields): string =>
  createHash('sha256').update(prevHash).update('\n').update(canonicalEvent(event)).digest('hex');

/** Event timestamps are hashed at millisecond precision, as PostgreSQL stores microseconds. */
export const isoMillis = (date: Date): string => date.toISOString();
