import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  idleInTransaction,
  idsOfTenant,
  identitiesFor,
  poolsFor,
  seedFirm,
  type Identity,
  type SeededFirm,
  type Side,
} from '../support/fuzz/fixtures';
import { checkAnswer, percentile, uuidsIn, type Violation } from '../support/fuzz/invariants';
import { buildOperation, type FuzzOperation } from '../support/fuzz/operation-arbitrary';
import { randFrom } from '../support/fuzz/values';
import { startTestApp, type TestApp } from '../support/test-app';

// Replay: FUZZ_SEED=<seed> [FUZZ_RUNS=<n>] [FUZZ_ONLY=<index>,…] npx jest test/integration/fuzz.int-spec.ts --selectProjects integration
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_207);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const ONLY = (process.env['FUZZ_ONLY'] ?? '')
  .split(',')
  .filter(Boolean)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 0);
const CONCURRENCY = Number(process.env['FUZZ_CONCURRENCY'] ?? 3);
const REQUEST_TIMEOUT_MS = 15_000;
const P99_LIMIT_MS = 1000;

/**
 * Bugs the fuzz found in code this suite does not own, reported to its owners: a matching answer is counted and
 * printed instead of failing the run, for the one invariant named. Remove an entry once its fix is in.
 */
// Known defects the fuzz tolerates while they are open: none (both it found were fixed: syntax errors answered
// HTTP 500 by armor's token plugin, and graphql-js' "Too many errors processing variables" without a code).
const KNOWN_ISSUES: { rule: string; issue: string; matches: (status: number, text: string) => boolean }[] =
  [];

type Case = { index: number; identity: Identity; operation: FuzzOperation };
type Outcome = {
  status: number;
  ms: number;
  violations: Violation[];
  uuids: string[];
  codes: string[];
  known: string[];
};
type Failure = { item: Case; violations: Violation[] };

const schema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));

const clip = (text: string, max = 2000): string =>
  text.length > max ? `${text.slice(0, max)} … (${text.length} characters)` : text;

const describeFailure = ({ item, violations }: Failure): string =>
  [
    `#${item.index} as ${item.identity.name}: ${violations.map((v) => `${v.rule}: ${v.detail}`).join('; ')}`,
    `  operation: ${clip(item.operation.query)}`,
    `  variables: ${clip(JSON.stringify(item.operation.variables))}`,
    `  replay:    FUZZ_SEED=${SEED} FUZZ_ONLY=${item.index} npx jest test/integration/fuzz.int-spec.ts --selectProjects integration`,
  ].join('\n');

const tallyOf = (values: (string | number)[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};

const tally = (values: (string | number)[]): string =>
  Object.entries(tallyOf(values))
    .sort(([, x], [, y]) => y - x)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** Up to three failures per broken rule, in run order. */
const examples = (failures: Failure[]): Failure[] => {
  const seen = new Map<string, number>();
  return failures.filter(({ violations }) => {
    const fresh = violations.some((v) => (seen.get(v.rule) ?? 0) < 3);
    if (fresh) for (const v of violations) seen.set(v.rule, (seen.get(v.rule) ?? 0) + 1);
    return fresh;
  });
};

describe('Fuzz: generated operations against the real server', () => {
  let sut: TestApp;
  let a: SeededFirm;
  let b: SeededFirm;

  beforeAll(async () => {
    // Rate limits high enough that the fuzz reaches the resolvers (a 429 would still be a valid answer).
    // FUZZ_DEBUG=1: the server's error logs, to see what is behind an INTERNAL_SERVER_ERROR.
    const debug = Boolean(process.env['FUZZ_DEBUG']);
    sut = await startTestApp(
      {
        API_RATE_LIMIT_PER_KEY: '1000000',
        API_RATE_LIMIT_PER_IP: '1000000',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
        LOGIN_MAX_FAILURES_PER_IP: '1000000',
        PASSWORD_RESET_MAX_PER_IP: '1000000',
        ...(debug ? { LOG_LEVEL: 'error' } : {}),
      },
      { logger: debug },
    );
    a = await seedFirm(sut, 'A');
    b = await seedFirm(sut, 'B');
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
  });

  const send = async ({ identity, operation }: Case): Promise<Outcome> => {
    const started = performance.now();
    let status = 0;
    let text = '';
    try {
      const response = await fetch(`${sut.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(identity.token ? { authorization: `Bearer ${identity.token}` } : {}),
        },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const ms = performance.now() - started;
      const violations = [{ rule: 'no answer', detail: String(error) }];
      return { status, ms, violations, uuids: [], codes: [], known: [] };
    }
    const ms = performance.now() - started;
    const codes: string[] = [];
    for (const match of text.matchAll(/"code":"([A-Z_]+)"/g)) if (match[1]) codes.push(match[1]);
    // A replay (FUZZ_ONLY) shows the answers too.
    if (ONLY.length) process.stdout.write(`[fuzz] answer (HTTP ${status}): ${clip(text)}\n`);
    const known = KNOWN_ISSUES.filter((k) => k.matches(status, text));
    const violations = checkAnswer(status, text).filter((v) => !known.some((k) => k.rule === v.rule));
    return { status, ms, violations, uuids: uuidsIn(text), codes, known: known.map((k) => k.issue) };
  };

  it(
    `keeps every invariant for ${ONLY.length ? `case(s) ${ONLY.join(', ')}` : `${RUNS} operations`} (FUZZ_SEED=${SEED})`,
    async () => {
      process.stdout.write(`\n[fuzz] FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} concurrency ${CONCURRENCY}\n`);
      const identities = identitiesFor(a, b);
      const pools = { A: poolsFor(a, b), B: poolsFor(b, a) };
      const weighted = identities.flatMap((identity) =>
        Array.from({ length: identity.weight }, () => identity),
      );
      const arbitrary = fc.gen().map((g) => {
        const r = randFrom(g);
        const identity = r.pick(weighted);
        return { identity, operation: buildOperation(r, schema, pools[identity.side]) };
      });
      const count = ONLY.length ? Math.max(...ONLY) + 1 : RUNS;
      const cases: Case[] = fc
        .sample(arbitrary, { seed: SEED, numRuns: count })
        .map((item, index) => ({ index, ...item }))
        .filter((item) => !ONLY.length || ONLY.includes(item.index));

      const started = Date.now();
      const outcomes: Outcome[] = new Array(cases.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let i = next++; i < cases.length; i = next++) {
            outcomes[i] = await send(cases[i]);
            if (i % 1000 === 999)
              process.stdout.write(`[fuzz] ${i + 1} sent, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
          }
        }),
      );
      const seconds = (Date.now() - started) / 1000;

      // No id of the other firm in any answer, unless the caller's side sent it itself (a forged argument is
      // echoed, or found again in its own audit trail). The ids are read after the run: mutations added some.
      const ids: Record<Side, Set<string>> = {
        A: await idsOfTenant(sut.ownerUrl, a.owner.tenantId),
        B: await idsOfTenant(sut.ownerUrl, b.owner.tenantId),
      };
      const sent: Record<Side, Set<string>> = { A: new Set(), B: new Set() };
      for (const { identity, operation } of cases)
        for (const id of operation.sentIds) sent[identity.side].add(id);
      const failures: Failure[] = [];
      cases.forEach((item, i) => {
        const outcome = outcomes[i];
        const side = item.identity.side;
        const other: Side = side === 'A' ? 'B' : 'A';
        const leaked = outcome.uuids.filter(
          (id) => ids[other].has(id) && !ids[side].has(id) && !sent[side].has(id),
        );
        const violations = [
          ...outcome.violations,
          ...leaked.map((id) => ({ rule: `firm ${other}'s id`, detail: id })),
        ];
        if (violations.length) failures.push({ item, violations });
      });

      const latencies = outcomes.map((o) => o.ms);
      const covered = new Set(cases.flatMap((c) => c.operation.fields));
      // Where the time went: root field and first error code, by total time.
      const byField = new Map<string, number[]>();
      cases.forEach((c, i) => {
        const key = `${c.operation.fields[0]}/${outcomes[i].codes[0] ?? outcomes[i].status}`;
        byField.set(key, [...(byField.get(key) ?? []), outcomes[i].ms]);
      });
      const slowest = [...byField]
        .map(([key, ms]) => ({ key, total: ms.reduce((x, y) => x + y, 0), n: ms.length }))
        .sort((x, y) => y.total - x.total)
        .slice(0, 6)
        .map(({ key, total, n }) => `${key} ${n}× ${(total / n).toFixed(0)} ms`)
        .join(', ');
      process.stdout.write(
        [
          `[fuzz] ${cases.length} operations in ${seconds.toFixed(1)} s, ${covered.size} root fields`,
          `[fuzz] latency ms: p50 ${percentile(latencies, 50).toFixed(0)}, p99 ${percentile(latencies, 99).toFixed(0)}, max ${Math.max(...latencies).toFixed(0)}`,
          `[fuzz] most time: ${slowest}`,
          `[fuzz] status: ${tally(outcomes.map((o) => o.status))}`,
          `[fuzz] codes: ${tally(outcomes.flatMap((o) => [...new Set(o.codes)]))}`,
          `[fuzz] callers: ${tally(cases.map((c) => c.identity.name))}`,
          ...Object.entries(tallyOf(outcomes.flatMap((o) => o.known))).map(
            ([issue, n]) => `[fuzz] KNOWN ISSUE (reported, not failed): ${issue}: ${n} answers`,
          ),
          '',
        ].join('\n'),
      );
      // Every unit of work ended: no pooled connection is left in an open transaction.
      const open = await idleInTransaction(sut.ownerUrl);
      // FUZZ_REPORT=<file>: every failure as a JSON line (the error below shows three per rule).
      const report = process.env['FUZZ_REPORT'];
      if (report) writeFileSync(report, failures.map((f) => `${JSON.stringify(f)}\n`).join(''));
      if (failures.length || open.length) {
        const rules = tally(failures.flatMap((f) => [...new Set(f.violations.map((v) => v.rule))]));
        throw new Error(
          `${failures.length} of ${cases.length} operations broke an invariant (${rules}); FUZZ_SEED=${SEED}\n` +
            `${open.length} connection(s) left idle in transaction${open.length ? `: ${open.join(' | ')}` : ''}\n\n` +
            examples(failures).map(describeFailure).join('\n\n'),
        );
      }
      expect(percentile(latencies, 99)).toBeLessThan(P99_LIMIT_MS);
    },
    Math.max(180_000, RUNS * 25),
  );
});
