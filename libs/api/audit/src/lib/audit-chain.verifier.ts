import { hash as sha256Hex } from 'node:crypto';
import { chainHash, GENESIS_HASH } from './audit-chain.util';

/**
 * Verifies a tenant's chain from a binary COPY stream of its events in sequence order, without building row objects.
 * Format 2 events (see the AuditAppendInOneStatement migration) are hashed over their tuple bytes exactly as they
 * arrive: SHA-256(prev_hash || '\n' || the COPY encoding of the 15 hashed fields). Format 1 events (written before)
 * are decoded and hashed with chainHash (canonical JSON). Memory stays flat (one chunk plus one partial tuple), whatever the chain length.
 */
export const VERIFY_COLUMNS =
  'tenant_id, seq, id, occurred_at, actor_type, actor_id, actor_label, client_id, action, entity_type, entity_id, changes, ip, user_agent, request_id, prev_hash, hash';
const FIELD_COUNT = 17;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** COPY takes no parameters: the tenant id is validated and inlined. */
export const verifyCopySql = (tenantId: string, upToSeq: number): string => {
  if (!UUID.test(tenantId)) throw new Error('tenant id must be a uuid');
  if (!Number.isSafeInteger(upToSeq)) throw new Error('sequence must be an integer');
  return `COPY (SELECT ${VERIFY_COLUMNS} FROM audit_event WHERE tenant_id = '${tenantId.toLowerCase()}' AND seq <= ${upToSeq} ORDER BY seq) TO STDOUT (FORMAT binary)`;
};

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const PG_EPOCH_MS = 946_684_800_000; // 2000-01-01T00:00:00Z

export type ChainWalk = {
  /** Events that verified, in order, before the first bad one. */
  checked: number;
  /** The first sequence position that does not verify, or null. */
  firstInvalid: number | null;
  /** Hash of the last verified event (GENESIS_HASH for an empty chain). */
  lastHash: string;
};

const FIELDS = {
  tenantId: 0,
  seq: 1,
  id: 2,
  occurredAt: 3,
  actorType: 4,
  actorId: 5,
  actorLabel: 6,
  clientId: 7,
  action: 8,
  entityType: 9,
  entityId: 10,
  changes: 11,
  ip: 12,
  userAgent: 13,
  requestId: 14,
  prevHash: 15,
  hash: 16,
} as const;

const int64 = (buf: Buffer, at: number): number =>
  buf.readInt32BE(at) * 4_294_967_296 + buf.readUInt32BE(at + 4);

const uuidAt = (buf: Buffer, at: number, length: number): string | null => {
  if (length < 0) return null;
  const hex = buf.toString('hex', at, at + 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const textAt = (buf: Buffer, at: number, length: number): string | null =>
  length < 0 ? null : buf.toString('utf8', at, at + length);

export class ChainWalker {
  private pending: Buffer | null = null;
  private headerDone = false;
  private ended = false;
  private expected = 1;
  private readonly prev = Buffer.from(GENESIS_HASH, 'latin1');
  private readonly starts = new Int32Array(FIELD_COUNT);
  private readonly lengths = new Int32Array(FIELD_COUNT);
  private scratch = Buffer.allocUnsafe(4096);
  private checked = 0;
  private firstInvalid: number | null = null;

  get result(): ChainWalk {
    return { checked: this.checked, firstInvalid: this.firstInvalid, lastHash: this.prev.toString('latin1') };
  }

  /** Feed the next chunk of COPY output. */
  push(chunk: Buffer): void {
    if (this.ended || this.firstInvalid !== null) return; // the rest of the stream is drained unread
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let pos = 0;
    if (!this.headerDone) {
      if (buf.length < SIGNATURE.length + 8) {
        this.pending = buf;
        return;
      }
      if (!buf.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a binary COPY stream');
      const extension = buf.readInt32BE(SIGNATURE.length + 4);
      pos = SIGNATURE.length + 8 + extension;
      this.headerDone = true;
    }
    const { starts, lengths } = this;
    for (;;) {
      const start = pos;
      if (pos + 2 > buf.length) break;
      const count = buf.readInt16BE(pos);
      pos += 2;
      if (count === -1) {
        this.ended = true;
        break;
      }
      if (count !== FIELD_COUNT) throw new Error(`unexpected field count ${count}`);
      let complete = true;
      for (let i = 0; i < FIELD_COUNT; i++) {
        if (pos + 4 > buf.length) {
          complete = false;
          break;
        }
        const length = buf.readInt32BE(pos);
        pos += 4;
        starts[i] = pos;
        lengths[i] = length;
        if (length > 0) pos += length;
        if (pos > buf.length) {
          complete = false;
          break;
        }
      }
      if (!complete) {
        pos = start;
        break;
      }
      if (!this.accept(buf)) break;
    }
    this.pending = this.ended || pos >= buf.length ? null : buf.subarray(pos);
  }

  /** Format 1 (events written before format 2): decode the fields and hash their canonical JSON with chainHash. */
  private format1Hash(buf: Buffer, changes: unknown): string {
    const { starts: s, lengths: l } = this;
    const F = FIELDS;
    const micros = int64(buf, s[F.occurredAt]);
    return chainHash(this.prev.toString('latin1'), {
      tenantId: uuidAt(buf, s[F.tenantId], l[F.tenantId]) as string,
      seq: String(int64(buf, s[F.seq])),
      id: uuidAt(buf, s[F.id], l[F.id]) as string,
      occurredAt: new Date(PG_EPOCH_MS + Math.floor(micros / 1000)).toISOString(),
      actorType: textAt(buf, s[F.actorType], l[F.actorType]) as string,
      actorId: uuidAt(buf, s[F.actorId], l[F.actorId]),
      actorLabel: textAt(buf, s[F.actorLabel], l[F.actorLabel]) as string,
      clientId: uuidAt(buf, s[F.clientId], l[F.clientId]),
      action: textAt(buf, s[F.action], l[F.action]) as string,
      entityType: textAt(buf, s[F.entityType], l[F.entityType]) as string,
      entityId: uuidAt(buf, s[F.entityId], l[F.entityId]),
      changes,
      ip: textAt(buf, s[F.ip], l[F.ip]),
      userAgent: textAt(buf, s[F.userAgent], l[F.userAgent]),
      requestId: textAt(buf, s[F.requestId], l[F.requestId]),
    });
  }

  private accept(buf: Buffer): boolean {
    const { starts: s, lengths: l } = this;
    const F = FIELDS;
    const seq = int64(buf, s[F.seq]);
    const linked =
      seq === this.expected &&
      l[F.prevHash] === this.prev.length &&
      buf.compare(this.prev, 0, this.prev.length, s[F.prevHash], s[F.prevHash] + l[F.prevHash]) === 0;
    const stored = l[F.hash] > 0 ? buf.toString('latin1', s[F.hash], s[F.hash] + l[F.hash]) : '';
    let ok = false;
    if (linked) {
      // Format 2: the hashed fields are one contiguous byte range of the tuple (length words included).
      const from = s[F.tenantId] - 4;
      const length = s[F.prevHash] - 4 - from;
      if (this.scratch.length < 65 + length) this.scratch = Buffer.allocUnsafe(2 * (65 + length));
      this.prev.copy(this.scratch, 0);
      this.scratch[64] = 0x0a;
      buf.copy(this.scratch, 65, from, from + length);
      ok = sha256Hex('sha256', this.scratch.subarray(0, 65 + length), 'hex') === stored;
      // Format 1: canonical JSON of the fields, `changes` parsed (so the jsonb text rendering of older rows works too).
      if (!ok) {
        let changes: unknown = null;
        let parsed = true;
        if (l[F.changes] >= 0) {
          try {
            changes = JSON.parse(buf.toString('utf8', s[F.changes], s[F.changes] + l[F.changes]));
          } catch {
            parsed = false;
          }
        }
        ok = parsed && this.format1Hash(buf, changes) === stored;
      }
    }
    if (!ok) {
      this.firstInvalid = this.expected;
      return false;
    }
    buf.copy(this.prev, 0, s[F.hash], s[F.hash] + l[F.hash]);
    this.expected += 1;
    this.checked += 1;
    return true;
  }

  /** Call after the stream ended: a truncated stream is an error, not a short chain. */
  finish(): ChainWalk {
    if (!this.ended && this.firstInvalid === null) throw new Error('COPY stream ended early');
    return this.result;
  }
}
