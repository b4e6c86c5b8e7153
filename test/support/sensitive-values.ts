import { Client } from 'pg';

// Personal data the consent tests send. After the whole suite, none of it may be found in clear in any column.
export const TEST_PHONES = {
  shop: '+49 151 23456780',
  stop: '+49 151 23456781',
  alice: '+49 1512 3456782',
  bob: '+49 160 98765433',
  carol: '+49 171 2223344',
  dave: '+43 664 1234567',
  erin: '+49 176 55501234',
  imported1: '+49 152 11122233',
  imported2: '+49 152 11122244',
  // used by the docs/api.md examples
  docsShop: '+49 151 23456789',
  docsChannel: '+49 151 23456799',
  docsTwilioChannel: '+49 151 23456798',
  // used by the browser journey
  browser: '+49 151 23456790',
  browserTab: '+49 151 23456791',
  browserImport: '+49 151 23456792',
  browserChannel: '+49 151 23456847',
  browserChannelCustomer: '+49 151 23456848',
  // used by the export dialects test
  exports: '+49 151 23456793',
  // used by the data subject requests suite
  dsrAnna: '+49 151 23456794',
  dsrBen: '+49 151 23456795',
  dsrHold: '+49 151 23456796',
  dsrObjector: '+49 151 23456797',
  // used by the requests browser journey
  browserDsr: '+49 151 23456849',
  // used by the reports test
  reports: '+49 151 23456831',
  reportsOther: '+49 151 23456832',
  browserReport: '+49 151 23456833',
  // used by the access export PDF test
  exportPdfPerson: '+49 151 23456841',
  exportPdfOther: '+49 151 23456842',
  exportPdfNobody: '+49 151 23456843',
  browserDsrExport: '+49 151 23456844',
  // used by the public intake form tests
  intakePerson: '+49 151 23456845',
  browserIntake: '+49 151 23456846',
  // used by the messaging webhook tests (the channels' own numbers and the people writing to them)
  hookShop: '+49 151 23456801',
  hookShopB: '+49 151 23456802',
  hookAlice: '+49 151 23456803',
  hookBob: '+49 151 23456804',
  hookCarol: '+49 151 23456805',
  hookDora: '+49 151 23456806',
  hookErin: '+49 151 23456807',
  hookUnknown: '+49 151 23456808',
  hookReply: '+49 151 23456810',
  hookReplyOther: '+49 151 23456811',
  hookShopC: '+49 151 23456812',
  hookShopD: '+49 151 23456809',
  hookShopE: '+49 151 23456813',
  hookShopF: '+49 151 23456814',
  // used by the consent check tests
  checkConfirmed: '+49 151 23456820',
  checkWithdrawn: '+49 151 23456821',
  checkPending: '+49 151 23456822',
  checkExpired: '+49 151 23456823',
  checkUnknown: '+49 151 23456824',
} as const;

export const TEST_IPS = [
  '203.0.113.45',
  '198.51.100.77',
  '2001:db8:85a3::8a2e:370:7334',
  '203.0.113.7',
] as const;

/** The strings a leak would contain: E.164 numbers without "+" (matches "+49…" too) and the IPs. */
export const SENSITIVE_NEEDLES: string[] = [
  ...Object.values(TEST_PHONES).map((p) => p.replace(/\D/g, '')),
  ...TEST_IPS,
];

export type Leak = { table: string; column: string; needle: string };

/** Searches every text-like, json and bytea column of the given schemas for the needles. */
export const scanForPlaintext = async (
  db: Client,
  needles: readonly string[],
  schemas: readonly string[] = ['public'],
): Promise<Leak[]> => {
  const { rows: columns } = await db.query<{ schema: string; table: string; column: string; type: string }>(
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column, c.data_type AS type
       FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = ANY($1::text[]) AND t.table_type IN ('BASE TABLE', 'LOCAL TEMPORARY')
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')`,
    [schemas],
  );
  const leaks: Leak[] = [];
  for (const { schema, table, column, type } of columns) {
    const ref = `"${schema}"."${table}"`;
    const col = `"${column}"`;
    // bytea: look for the bytes; everything else: its text form (digits of a number may be split by formatting,
    // so the text form is also compared with separators removed).
    const predicate =
      type === 'bytea'
        ? `position(convert_to(n.needle, 'UTF8') in t.${col}) > 0`
        : `(t.${col}::text LIKE '%' || n.needle || '%' OR regexp_replace(t.${col}::text, '[\\s().-]', '', 'g') LIKE '%' || n.needle || '%')`;
    const { rows } = await db.query<{ needle: string }>(
      `SELECT DISTINCT n.needle FROM ${ref} t, unnest($1::text[]) AS n(needle) WHERE ${predicate}`,
      [needles],
    );
    for (const row of rows) leaks.push({ table: `${schema}.${table}`, column, needle: row.needle });
  }
  return leaks;
};
