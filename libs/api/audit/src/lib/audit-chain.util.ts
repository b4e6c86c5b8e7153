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

/** Chain format 1 (events appended before format 2): hash = SHA-256(prev_hash || canonical JSON event), hex. */
export const chainHash = (prevHash: string, event: ChainedFields): string =>
  createHash('sha256').update(prevHash).update('\n').update(canonicalEvent(event)).digest('hex');

/** Event timestamps are hashed at millisecond precision, as PostgreSQL stores microseconds. */
export const isoMillis = (date: Date): string => date.toISOString();

/** An event's columns as stored (`changes` is the stored text). */
export type StoredFields = Omit<ChainedFields, 'changes'> & { changes: string | null };

const PG_EPOCH_MICROS = 946_684_800_000_000n; // 2000-01-01T00:00:00Z
const field = (value: Buffer | null): Buffer[] => {
  const length = Buffer.alloc(4);
  length.writeInt32BE(value === null ? -1 : value.length);
  return value === null ? [length] : [length, value];
};
const uuidBytes = (value: string | null): Buffer | null =>
  value === null ? null : Buffer.from(value.replace(/-/g, ''), 'hex');
const textBytes = (value: string | null): Buffer | null =>
  value === null ? null : Buffer.from(value, 'utf8');
const int64Bytes = (value: bigint): Buffer => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigInt64BE(value);
  return bytes;
};

/**
 * Chain format 2, as `audit_append` computes it in the database: the PostgreSQL binary COPY encoding of the hashed
 * fields (int32 length, -1 for NULL, then the value). An independent implementation for tests and tools.
 */
export const binaryFields = (event: StoredFields): Buffer =>
  Buffer.concat([
    ...field(uuidBytes(event.tenantId)),
    ...field(int64Bytes(BigInt(event.seq))),
    ...field(uuidBytes(event.id)),
    ...field(int64Bytes(BigInt(Date.parse(event.occurredAt)) * 1000n - PG_EPOCH_MICROS)),
    ...field(textBytes(event.actorType)),
    ...field(uuidBytes(event.actorId)),
    ...field(textBytes(event.actorLabel)),
    ...field(uuidBytes(event.clientId)),
    ...field(textBytes(event.action)),
    ...field(textBytes(event.entityType)),
    ...field(uuidBytes(event.entityId)),
    ...field(textBytes(event.changes)),
    ...field(textBytes(event.ip)),
    ...field(textBytes(event.userAgent)),
    ...field(textBytes(event.requestId)),
  ]);

/** Chain format 2: hash = SHA-256(prev_hash || '\n' || binaryFields(event)), hex. */
export const chainHashV2 = (prevHash: string, event: StoredFields): string =>
  createHash('sha256').update(prevHash).update('\n').update(binaryFields(event)).digest('hex');
