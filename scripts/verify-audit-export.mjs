#!/usr/bin/env node
// Recomputes every hash of an audit export (JSON lines or RFC 4180 CSV) from its prevHash and the exported fields,
// independently of the product. Usage and exit codes: docs/security.md § Verifying an export.
//
//   node scripts/verify-audit-export.mjs <audit.jsonl | audit.csv> [--partial]
//
// Exit 0: the chain holds. Exit 1: an event does not verify (the first one is named). Exit 2: unreadable input.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const GENESIS = '0'.repeat(64);
const PG_EPOCH_MICROS = 946_684_800_000_000n; // 2000-01-01T00:00:00Z
const HASHED = [
  'tenantId',
  'sequence',
  'id',
  'occurredAt',
  'actorType',
  'actorId',
  'actorLabel',
  'clientId',
  'action',
  'entityType',
  'entityId',
  'changes',
  'ip',
  'userAgent',
  'requestId',
];
const UUIDS = new Set(['tenantId', 'id', 'actorId', 'clientId', 'entityId']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Unreadable extends Error {}

/** One field in the PostgreSQL binary COPY encoding: int32 length (-1 for NULL), then the value. */
const field = (value) => {
  const length = Buffer.alloc(4);
  length.writeInt32BE(value === null ? -1 : value.length);
  return value === null ? [length] : [length, value];
};
const int64 = (value) => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigInt64BE(value);
  return bytes;
};
const valueBytes = (name, value) => {
  if (value === null) return null;
  if (UUIDS.has(name)) {
    if (!UUID.test(value)) throw new Unreadable(`${name} "${value}" is not a uuid`);
    return Buffer.from(value.replace(/-/g, ''), 'hex');
  }
  if (name === 'sequence') return int64(BigInt(value));
  if (name === 'occurredAt') {
    const millis = Date.parse(value);
    if (Number.isNaN(millis)) throw new Unreadable(`occurredAt "${value}" is not an ISO 8601 timestamp`);
    return int64(BigInt(millis) * 1000n - PG_EPOCH_MICROS);
  }
  return Buffer.from(value, 'utf8');
};

/** Chain format 2: SHA-256(prevHash || "\n" || the 15 hashed fields in binary COPY encoding), hex. */
const formatTwo = (prevHash, event) =>
  createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(Buffer.concat(HASHED.flatMap((name) => field(valueBytes(name, event[name])))))
    .digest('hex');

const sorted = (value) => {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted(value[key])]),
    );
  return value;
};

/** Chain format 1 (older events): SHA-256(prevHash || "\n" || canonical JSON array of the fields), hex. */
const formatOne = (prevHash, event) => {
  let changes = null;
  try {
    changes = event.changes === null ? null : JSON.parse(event.changes);
  } catch {
    return null;
  }
  const values = HASHED.map((name) =>
    name === 'sequence' ? String(event.sequence) : name === 'changes' ? changes : event[name],
  );
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(JSON.stringify(sorted(values)))
    .digest('hex');
};

const readEvents = (text) => {
  if (text.startsWith('\uFEFF'))
    throw new Unreadable('a BOM: Excel dialects are not verifiable, export with dialect=rfc4180');
  if (text.trimStart().startsWith('{'))
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => {
        try {
          return JSON.parse(line);
        } catch {
          throw new Unreadable(`line ${index + 1} is not JSON`);
        }
      });
  const rows = parse(text, {
    columns: true,
    // An unquoted empty cell is a missing value (null), a quoted one an empty text.
    cast: (value, context) => (!context.header && value === '' && !context.quoting ? null : value),
  });
  const missing = [...HASHED, 'prevHash', 'hash'].filter((name) => rows.length && !(name in rows[0]));
  if (missing.length)
    throw new Unreadable(`columns missing: ${missing.join(', ')} (export with dialect=rfc4180)`);
  return rows;
};

const main = () => {
  const args = process.argv.slice(2);
  const partial = args.includes('--partial');
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new Unreadable('usage: verify-audit-export.mjs <audit.jsonl | audit.csv> [--partial]');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Unreadable(`cannot read ${file}: ${error.message}`);
  }
  const events = readEvents(text);
  let previous = null;
  for (const event of events) {
    const sequence = Number(event.sequence);
    const broken = (reason) => {
      console.error(`broken: event ${sequence} (id ${event.id}): ${reason}`);
      return 1;
    };
    if (!Number.isSafeInteger(sequence) || sequence < 1) return broken('sequence is not a positive integer');
    const follows = previous ? sequence === previous.sequence + 1 : sequence === 1;
    if (!follows && !(partial && (!previous || sequence > previous.sequence)))
      return broken(previous ? `follows event ${previous.sequence}` : 'the chain does not start at 1');
    if (follows && event.prevHash !== (previous ? previous.hash : GENESIS))
      return broken('prevHash is not the hash of the event before');
    if (formatTwo(event.prevHash, event) !== event.hash && formatOne(event.prevHash, event) !== event.hash)
      return broken('hash does not match its fields');
    previous = { sequence, hash: event.hash };
  }
  console.log(
    `chain holds: ${events.length} events${previous ? `, last ${previous.sequence} with hash ${previous.hash}` : ''}`,
  );
  return 0;
};

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof Unreadable)) throw error;
  console.error(`unreadable: ${error.message}`);
  process.exitCode = 2;
}
