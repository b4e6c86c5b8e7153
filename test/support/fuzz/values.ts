import fc from 'fast-check';

/** The seeded source of every random choice of the fuzz suite: fast-check's `gen()`, a few helpers on top. */
export type Rand = {
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  text: (maxLength: number, unit: 'grapheme' | 'binary' | 'grapheme-ascii') => string;
  uuid: () => string;
};

// Choices are uniform: fast-check's default bias towards the bounds would skew every weighted choice.
const uniform = (min: number, max: number): fc.Arbitrary<number> => fc.noBias(fc.integer({ min, max }));

export const randFrom = (g: fc.GeneratorValue): Rand => ({
  int: (min, max) => g(uniform, min, max),
  chance: (probability) => g(uniform, 0, 9999) < probability * 10_000,
  pick: (items) => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[g(uniform, 0, items.length - 1)];
  },
  text: (maxLength, unit) => g(fc.string, { maxLength, unit }),
  uuid: () => g(fc.uuid, {}),
});

/** An enum value: a bare name in a literal, a string in variables. */
export class EnumValue {
  constructor(readonly name: string) {}
}

export type FuzzValue = null | boolean | number | string | EnumValue | FuzzValue[] | FuzzObject;
export type FuzzObject = { [key: string]: FuzzValue };

/**
 * Hostile strings that look like SQL. The server may echo them (a client name, an error naming the value): the
 * invariants remove them from an answer before looking for SQL text, so they are kept free of `"` and `\`
 * (JSON escaping leaves them unchanged) and of leading or trailing blanks.
 */
export const SQL_PAYLOADS = [
  "'; DROP TABLE client; --",
  "' OR '1'='1",
  '1 UNION SELECT id FROM tenant WHERE true',
  'SELECT * FROM membership WHERE 1=1',
  "Robert'); DELETE FROM task WHERE ('1'='1",
  "x'; UPDATE client SET name = 'pwned' WHERE 'a'='a",
  'INSERT INTO audit_event VALUES (1)',
  "'||(SELECT pg_sleep(5))||'",
  '$1::text',
  '%_%',
  '{"$gt": ""}',
] as const;

const UNICODE = [
  'Zürich Straße 12, 80331 München',
  'Ǆemal Šćepanović – Đurđevac',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦 🇩🇪',
  '\u202egnirts desrever',
  'zero\u200bwidth\u200djoiner\ufeff',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  'nul\u0000byte',
  '\u0000',
  'ctl\u0001\u0007\u001b[31m',
  'lone \ud800 surrogate',
  '\udfff',
  '\r\n\t',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '',
  ' ',
  'null',
  'undefined',
  '0',
  '-1',
  'true',
];

// Long strings are made once and shared: 10,000 operations hold many of them.
const LONG = new Map<string, string>();
const long = (unit: string, count: number): string => {
  const key = `${unit}×${count}`;
  let value = LONG.get(key);
  if (value === undefined) LONG.set(key, (value = unit.repeat(count)));
  return value;
};

/** A string: plain, unicode, SQL-like, random code points, long, or huge (up to 1 MB, rarely). */
export const hostileString = (r: Rand): string => {
  const roll = r.int(0, 999);
  if (roll < 180) return `Fuzz ${r.text(20, 'grapheme-ascii')}`;
  if (roll < 400) return r.pick(UNICODE);
  if (roll < 520) return r.pick(SQL_PAYLOADS);
  if (roll < 720) return r.text(30, 'binary');
  if (roll < 840) return r.text(12, 'grapheme');
  if (roll < 997)
    return long(r.pick(['a', 'ß', '€', '😀', 'x ']), r.pick([255, 256, 257, 1001, 5000, 20_000]));
  return long('H', r.pick([200_000, 1_000_000]));
};

export const INTS = [-(2 ** 31), -1, 0, 1, 2, 49, 50, 51, 199, 200, 201, 731, 732, 10_000, 2 ** 31 - 1];
// Outside GraphQL's Int (32 bit) or not integers at all.
export const BAD_INTS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, -0.5, 1e308, -1e308];

export const DATES = [
  () => new Date(Date.now() + 86_400_000).toISOString(),
  () => new Date(Date.now() - 86_400_000).toISOString(),
  () => '2026-02-30T00:00:00Z',
  () => '0001-01-01T00:00:00Z',
  () => '1900-01-01T00:00:00.000Z',
  () => '9999-12-31T23:59:59.999Z',
  () => '+275760-09-13T00:00:00.000Z',
  () => '-000001-01-01T00:00:00Z',
  () => '2026-12-07',
  () => '2026-12-07T25:61:61Z',
  () => 'infinity',
  () => 'now',
  () => '',
];

export const base64url = (text: string): string => Buffer.from(text).toString('base64url');

/** A cursor that is not one the server issued, or one of another firm. */
export const forgedCursor = (r: Rand, ids: readonly string[], real: readonly string[]): string => {
  const id = ids.length ? r.pick(ids) : r.uuid();
  const json = (values: unknown): string => base64url(JSON.stringify(values));
  switch (r.int(0, 16)) {
    case 0:
      return real.length ? r.pick(real) : json([]);
    case 1:
      return json([]);
    case 2:
      return json(['Name', id]);
    case 3:
      return json(['x'.repeat(5000), id]);
    case 4:
      return json([1e308, id]);
    case 5:
      return json([-(2 ** 31), id]);
    case 6:
      return json([{ $gt: '' }, [id], null]);
    case 7:
      return json(['2026-01-01T00:00:00Z', id]);
    case 8:
      return json(['infinity', id, id]);
    case 9:
      return json([2 ** 31, 'not-a-uuid']);
    case 10:
      return json([r.pick(SQL_PAYLOADS), id]);
    case 11:
      return json(Array.from({ length: 1000 }, () => id));
    case 12:
      return base64url('{"not":"an array"');
    case 13:
      return Buffer.from([0xff, 0xfe, 0x00, 0xc3]).toString('base64');
    case 14:
      return r.pick(['!!!', '====', '%00', 'a'.repeat(2001), '', 'eyJ']);
    case 15:
      return json(['Name\u0000', id]);
    default:
      return json([r.int(-5, 5), '+275760-09-13T00:00:00.000Z', id]);
  }
};

export const PHONES = [
  '+49 151 99887766',
  '0151 99887767',
  '+1 202 555 0100',
  '49',
  '+',
  '+49 000',
  '++49 151 1',
];

export const emailFor = (r: Rand, known: readonly string[]): string => {
  const roll = r.int(0, 9);
  if (roll < 4) return `fuzz-${r.uuid()}@example.test`;
  if (roll < 6 && known.length) return r.pick(known);
  return r.pick(['a@b', '@', 'not an email', `${'x'.repeat(300)}@example.test`, 'FUZZ@EXAMPLE.TEST ']);
};

// Prototype pollution attempts as own keys (an object literal would set the prototype instead).
export const POLLUTION: FuzzValue = JSON.parse(
  '{"x":1,"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}',
);

/** A list nested `depth` deep around an empty object. */
export const nested = (depth: number): FuzzValue => (depth === 0 ? {} : [nested(depth - 1)]);

/** A value as JSON variables carry it. */
export const toJson = (value: FuzzValue): unknown => {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
};

/** A value as a GraphQL literal (strings JSON-escaped: GraphQL's escapes are JSON's). */
export const literal = (value: FuzzValue): string => {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}: ${literal(v)}`)
    .join(', ')}}`;
};
