import { SQL_PAYLOADS } from './values';

export type Violation = { rule: string; detail: string };

type Check = { rule: string; pattern: RegExp };

// Looked for in every string of an answer (error messages, data), after the SQL-like inputs are taken out.
const CHECKS: Check[] = [
  // SQL as this code base and TypeORM write it (upper case): "update … where" is also plain English.
  { rule: 'SQL text', pattern: /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]{0,2000}?\b(FROM|INTO|SET|WHERE)\b/ },
  {
    rule: 'database error',
    pattern:
      /syntax error at|relation "|violates|duplicate key|invalid input syntax|invalid byte sequence|out of range for type|value too long for type|current transaction is aborted/i,
  },
  { rule: 'stack trace', pattern: /\n\s+at .+\(.+:\d+:\d+\)|node_modules|\.ts:\d|\.js:\d+:\d+/ },
  {
    rule: 'internal class name',
    pattern:
      /QueryFailedError|TypeORMError|EntityNotFound|EntityMetadataNotFound|TypeError|ReferenceError|RangeError|Cannot read propert(y|ies)|is not a function|of undefined|of null\b/,
  },
];

// In error messages, SQL in any case (no message of ours says "update … from").
const MESSAGE_SQL = /\b(SELECT|INSERT|UPDATE|DELETE)\s+\S[\s\S]{0,200}?\b(FROM|INTO|SET|WHERE)\s/i;

const stripPayloads = (text: string): string => {
  // graphql-js quotes the request's own text after its location ("GraphQL request:1:5" and an excerpt).
  const at = text.indexOf('\n\nGraphQL request:');
  let out = at >= 0 ? text.slice(0, at) : text;
  for (const payload of SQL_PAYLOADS) if (out.includes(payload)) out = out.split(payload).join('');
  return out;
};

const strings = (value: unknown, out: string[]): string[] => {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
};

type Body = { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };

const parse = (text: string): Body | null => {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' ? body : null;
  } catch {
    return null;
  }
};

const excerpt = (text: string, pattern: RegExp): string => {
  const match = pattern.exec(text);
  const at = match?.index ?? 0;
  return JSON.stringify(text.slice(Math.max(0, at - 60), at + 140));
};

/**
 * The invariants of one answer: no 5xx but a 503 SERVICE_UNAVAILABLE, no masked internal error (what a resolver
 * that threw unexpectedly answers, with HTTP 200), and no SQL, database error, stack trace or internal class name.
 */
export const checkAnswer = (status: number, text: string): Violation[] => {
  const violations: Violation[] = [];
  const body = parse(text);
  const codes = (body?.errors ?? []).map((e) => e.extensions?.code);
  if (
    status >= 500 &&
    !(status === 503 && codes.length > 0 && codes.every((c) => c === 'SERVICE_UNAVAILABLE'))
  )
    violations.push({ rule: `HTTP ${status}`, detail: text.slice(0, 300) });
  if (codes.includes('INTERNAL_SERVER_ERROR'))
    violations.push({ rule: 'INTERNAL_SERVER_ERROR', detail: JSON.stringify(body?.errors).slice(0, 300) });
  const values = body ? strings(body, []) : [text];
  for (const raw of values) {
    const value = stripPayloads(raw);
    for (const { rule, pattern } of CHECKS)
      if (pattern.test(value)) violations.push({ rule, detail: excerpt(value, pattern) });
  }
  for (const error of body?.errors ?? []) {
    const message = typeof error.message === 'string' ? stripPayloads(error.message) : '';
    if (MESSAGE_SQL.test(message))
      violations.push({ rule: 'SQL text', detail: excerpt(message, MESSAGE_SQL) });
  }
  return violations;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const BASE64URL = /"([A-Za-z0-9_-]{24,})"/g;

/** The uuids an answer contains, also inside cursors (base64url JSON). */
export const uuidsIn = (text: string): string[] => {
  const found = new Set<string>();
  for (const match of text.matchAll(UUID)) found.add(match[0].toLowerCase());
  for (const [, encoded] of text.matchAll(BASE64URL)) {
    const decoded = Buffer.from(encoded, 'base64url').toString('utf8');
    for (const match of decoded.matchAll(UUID)) found.add(match[0].toLowerCase());
  }
  return [...found];
};

/** The p-th percentile (0–100) of the samples, nearest rank. */
export const percentile = (samples: readonly number[], p: number): number => {
  if (!samples.length) return 0;
  const sorted = [...samples].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
