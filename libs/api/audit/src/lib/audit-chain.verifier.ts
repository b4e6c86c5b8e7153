import { hash as sha256Hex } from 'node:crypto';
import { canonicalJson, GENESIS_HASH } from './audit-chain.util';

/**
 * Verifies a tenant's chain from a binary COPY stream of its events in sequence order, without building row objects.
 * Format 2 events (see the AuditAppendInOneStatement migration) are hashed over their tuple bytes exactly as they
 * arrive: SHA-256(prev_hash || '\n' || the COPY encoding of the 15 hashed fields). Format 1 events (written before)
 * are re-encoded as canonical JSON. Memory stays flat (one chunk plus one partial tuple), whatever the chain length.
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

const HEX = Buffer.from('0123456789abcdef', 'latin1');
const QUOTE = 0x22;
const FIELDS = { tenantId: 0, seq: 1, id: 2, occurredAt: 3, actorType: 4, actorId: 5, actorLabel: 6, clientId: 7, action: 8, entityType: 9, entityId: 10, changes: 11, ip: 12, userAgent: 13, requestId: 14, prevHash: 15, hash: 16 } as const;

/**
 * Format 1: rebuilds `prev_hash \n canonical-event` as bytes straight from the COPY tuple (no intermediate strings for clean
 * fields) and hashes it once. Text is JSON-escaped exactly like JSON.stringify: clean UTF-8 is copied as is, anything
 * with a quote, backslash or control character goes through JSON.stringify.
 */
class CanonicalWriter {
  out = Buffer.allocUnsafe(4096);
  pos = 0;

  reset(): void {
    this.pos = 0;
  }

  private room(n: number): void {
    if (this.pos + n <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.pos + n));
    this.out.copy(bigger, 0, 0, this.pos);
    this.out = bigger;
  }

  ascii(text: string): void {
    this.room(text.length);
    this.pos += this.out.write(text, this.pos, 'latin1');
  }

  byte(b: number): void {
    this.room(1);
    this.out[this.pos++] = b;
  }

  raw(src: Buffer, start: number, length: number): void {
    this.room(length);
    if (length > 256) {
      src.copy(this.out, this.pos, start, start + length);
      this.pos += length;
      return;
    }
    // Short spans: a plain loop beats Buffer#copy's call overhead.
    const out = this.out;
    let p = this.pos;
    for (let i = start, end = start + length; i < end; i++) out[p++] = src[i];
    this.pos = p;
  }

  /** ISO 8601 with milliseconds and Z, exactly Date#toISOString for years 0000–9999. */
  timestamp(ms: number): void {
    const day = Math.floor(ms / 86_400_000);
    if (day !== this.cachedDay) {
      this.cachedDay = day;
      this.cachedDate = new Date(day * 86_400_000).toISOString().slice(0, 11); // YYYY-MM-DDT
    }
    this.ascii(this.cachedDate);
    this.room(13);
    let rest = ms - day * 86_400_000;
    const hours = Math.floor(rest / 3_600_000);
    rest -= hours * 3_600_000;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const seconds = Math.floor(rest / 1000);
    const millis = rest - seconds * 1000;
    const out = this.out;
    let p = this.pos;
    out[p++] = 0x30 + Math.floor(hours / 10);
    out[p++] = 0x30 + (hours % 10);
    out[p++] = 0x3a;
    out[p++] = 0x30 + Math.floor(minutes / 10);
    out[p++] = 0x30 + (minutes % 10);
    out[p++] = 0x3a;
    out[p++] = 0x30 + Math.floor(seconds / 10);
    out[p++] = 0x30 + (seconds % 10);
    out[p++] = 0x2e;
    out[p++] = 0x30 + Math.floor(millis / 100);
    out[p++] = 0x30 + (Math.floor(millis / 10) % 10);
    out[p++] = 0x30 + (millis % 10);
    out[p++] = 0x5a;
    this.pos = p;
  }

  private cachedDay = Number.NaN;
  private cachedDate = '';

  jsonText(src: Buffer, start: number, length: number): void {
    this.room(length + 2);
    const out = this.out;
    let p = this.pos;
    out[p++] = QUOTE;
    for (let i = start, end = start + length; i < end; i++) {
      const b = src[i];
      if (b < 0x20 || b === QUOTE || b === 0x5c) {
        const escaped = JSON.stringify(src.toString('utf8', start, end));
        this.room(Buffer.byteLength(escaped));
        this.pos += this.out.write(escaped, this.pos, 'utf8');
        return;
      }
      out[p++] = b;
    }
    out[p++] = QUOTE;
    this.pos = p;
  }

  uuid(src: Buffer, start: number): void {
    this.room(38);
    const out = this.out;
    let p = this.pos;
    out[p++] = QUOTE;
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) out[p++] = 0x2d;
      const b = src[start + i];
      out[p++] = HEX[b >> 4];
      out[p++] = HEX[b & 15];
    }
    out[p++] = QUOTE;
    this.pos = p;
  }
}

/** Format 1: the fields after occurred_at in the canonical JSON array, and how each is written. */
const FORMAT1_TAIL: readonly (readonly [number, 'text' | 'uuid' | 'json'])[] = [
  [FIELDS.actorType, 'text'], [FIELDS.actorId, 'uuid'], [FIELDS.actorLabel, 'text'], [FIELDS.clientId, 'uuid'], [FIELDS.action, 'text'],
  [FIELDS.entityType, 'text'], [FIELDS.entityId, 'uuid'], [FIELDS.changes, 'json'], [FIELDS.ip, 'text'], [FIELDS.userAgent, 'text'],
  [FIELDS.requestId, 'text'],
];

const int64 = (buf: Buffer, at: number): number => buf.readInt32BE(at) * 4_294_967_296 + buf.readUInt32BE(at + 4);

export class ChainWalker {
  private pending: Buffer | null = null;
  private headerDone = false;
  private ended = false;
  private expected = 1;
  private readonly prev = Buffer.from(GENESIS_HASH, 'latin1');
  private readonly starts = new Int32Array(FIELD_COUNT);
  private readonly lengths = new Int32Array(FIELD_COUNT);
  private readonly writer = new CanonicalWriter();
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

  private canonical(buf: Buffer, changes: string | null): Buffer {
    const { starts: s, lengths: l, writer: w } = this;
    const F = FIELDS;
    w.reset();
    w.raw(this.prev, 0, this.prev.length);
    w.byte(0x0a);
    w.byte(0x5b);
    w.uuid(buf, s[F.tenantId]);
    w.ascii(`,"${int64(buf, s[F.seq])}",`);
    w.uuid(buf, s[F.id]);
    w.ascii(',"');
    w.timestamp(PG_EPOCH_MS + Math.floor(int64(buf, s[F.occurredAt]) / 1000));
    w.ascii('",');
    for (let i = 0; i < FORMAT1_TAIL.length; i++) {
      const [field, kind] = FORMAT1_TAIL[i];
      if (i > 0) w.byte(0x2c);
      if (field === F.changes && changes !== null) this.writeUtf8(changes);
      else if (l[field] < 0) w.ascii('null');
      else if (kind === 'uuid') w.uuid(buf, s[field]);
      else if (kind === 'json') w.raw(buf, s[field], l[field]);
      else w.jsonText(buf, s[field], l[field]);
    }
    w.byte(0x5d);
    return w.out.subarray(0, w.pos);
  }

  private writeUtf8(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.writer.raw(bytes, 0, bytes.length);
  }

  private accept(buf: Buffer): boolean {
    const { starts: s, lengths: l } = this;
    const F = FIELDS;
    const seq = int64(buf, s[F.seq]);
    const linked =
      seq === this.expected && l[F.prevHash] === this.prev.length && buf.compare(this.prev, 0, this.prev.length, s[F.prevHash], s[F.prevHash] + l[F.prevHash]) === 0;
    const stored = l[F.hash] > 0 ? buf.toString('latin1', s[F.hash], s[F.hash] + l[F.hash]) : '';
    let ok = false;
    if (linked) {
      // Format 2: the hashed fields are one contiguous byte range of the tuple (length words included).
      const w = this.writer;
      w.reset();
      w.raw(this.prev, 0, this.prev.length);
      w.byte(0x0a);
      const from = s[F.tenantId] - 4;
      w.raw(buf, from, s[F.prevHash] - 4 - from);
      ok = sha256Hex('sha256', w.out.subarray(0, w.pos), 'hex') === stored;
      if (!ok) ok = sha256Hex('sha256', this.canonical(buf, null), 'hex') === stored;
      // Format 1 with changes kept as jsonb text before they were stored canonically: parse and re-canonicalise.
      if (!ok && l[F.changes] >= 0) {
        let canonical: string | null = null;
        try {
          canonical = canonicalJson(JSON.parse(buf.toString('utf8', s[F.changes], s[F.changes] + l[F.changes])));
        } catch {
          canonical = null;
        }
        ok = canonical !== null && sha256Hex('sha256', this.canonical(buf, canonical), 'hex') === stored;
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
