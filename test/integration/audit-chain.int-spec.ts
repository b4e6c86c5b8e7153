import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { ChainWalker, verifyCopySql } from '../../libs/api/audit/src/lib/audit-chain.verifier';
import {
  canonicalJson,
  chainHash,
  chainHashV2,
  GENESIS_HASH,
} from '../../libs/api/audit/src/lib/audit-chain.util';
import { createClient, signUpFirm } from '../support/factories';
import { tamperAuditEvent } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';
import { appUrlFor } from '../support/urls';
import { verifyAllChains } from '../../libs/api/audit/src/lib/audit-verify-all';

type Verification = { valid: boolean; checkedCount: number; firstInvalidSequence: number | null };
const VERIFY = '{ verifyAuditChain { valid checkedCount firstInvalidSequence } }';

describe('Audit chain: one-statement append and streaming verification', () => {
  let sut: TestApp;
  let db: Client;

  beforeAll(async () => {
    sut = await startTestApp();
    db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await sut.close();
  });

  const verify = async (token: string): Promise<Verification> => {
    const result = await sut.gql<{ verifyAuditChain: Verification }>(VERIFY, {}, { token });
    expect(result.errors).toBeUndefined();
    return result.data?.verifyAuditChain as Verification;
  };

  it('stores changes as canonical JSON, and the hash the database computes equals an independent implementation of chain format 2', async () => {
    const firm = await signUpFirm(sut);
    await createClient(sut, firm.token, 'Zahnarztpraxis Dr. Öztürk');
    const { rows } = await db.query(
      `SELECT tenant_id, seq::text, id, occurred_at, actor_type, actor_id, actor_label, client_id, action, entity_type, entity_id,
              changes, ip, user_agent, request_id, prev_hash, hash FROM audit_event WHERE tenant_id = $1 ORDER BY seq`,
      [firm.tenantId],
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    let prev = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(prev);
      if (row.changes !== null) expect(JSON.stringify(JSON.parse(row.changes))).toBe(row.changes);
      const recomputed = chainHashV2(prev, {
        tenantId: row.tenant_id,
        seq: row.seq,
        id: row.id,
        occurredAt: row.occurred_at.toISOString(),
        actorType: row.actor_type,
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        clientId: row.client_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        changes: row.changes,
        ip: row.ip,
        userAgent: row.user_agent,
        requestId: row.request_id,
      });
      expect(recomputed).toBe(row.hash);
      prev = row.hash;
    }
  });

  it('walks the binary COPY stream identically however it is split into chunks', async () => {
    const firm = await signUpFirm(sut);
    for (let i = 0; i < 12; i++) await createClient(sut, firm.token, `Mandant "${i}" \\ Tab\tÄÖÜ ✓`);
    const [{ seq }] = (
      await db.query<{ seq: string }>('SELECT seq FROM audit_head WHERE tenant_id = $1', [firm.tenantId])
    ).rows;
    const chunks: Buffer[] = [];
    for await (const chunk of db.query(
      copyTo(verifyCopySql(firm.tenantId, Number(seq))),
    ) as AsyncIterable<Buffer>)
      chunks.push(chunk);
    const whole = Buffer.concat(chunks);
    for (const size of [1, 3, 7, 64, 1000, whole.length]) {
      const walker = new ChainWalker();
      for (let at = 0; at < whole.length; at += size) walker.push(whole.subarray(at, at + size));
      expect(walker.finish()).toMatchObject({ checked: Number(seq), firstInvalid: null });
    }
    const cut = new ChainWalker();
    cut.push(whole.subarray(0, whole.length - 10));
    expect(() => cut.finish()).toThrow(/ended early/);
  });

  it('still verifies chain format 1 events, including changes kept in the jsonb text rendering', async () => {
    const firm = await signUpFirm(sut);
    await createClient(sut, firm.token, 'Altbestand GmbH');
    // Events as the previous sink wrote them (format 1: SHA-256 over canonical JSON), one with changes in canonical
    // text and one with the jsonb text rendering (spaces, length-sorted keys) that the column conversion left behind.
    const legacy = {
      name: { before: null, after: 'Altbestand GmbH & Co. KG' },
      industry: { before: 'Handel', after: 'Handwerk' },
    };
    let seq = 0;
    for (const stored of ['($5::jsonb)::text', '$5']) {
      const [head] = (
        await db.query<{ seq: string; hash: string }>(
          'SELECT seq, hash FROM audit_head WHERE tenant_id = $1',
          [firm.tenantId],
        )
      ).rows;
      seq = Number(head.seq) + 1;
      const occurredAt = new Date();
      const id = randomUUID();
      const hash = chainHash(head.hash, {
        tenantId: firm.tenantId,
        seq: String(seq),
        id,
        occurredAt: occurredAt.toISOString(),
        actorType: 'SYSTEM',
        actorId: null,
        actorLabel: 'Migration',
        clientId: null,
        action: 'client.updated',
        entityType: 'client',
        entityId: null,
        changes: legacy,
        ip: null,
        userAgent: null,
        requestId: null,
      });
      await db.query('BEGIN');
      await db.query(
        `INSERT INTO audit_event (tenant_id, seq, id, occurred_at, actor_type, actor_label, action, entity_type, changes, prev_hash, hash)
         VALUES ($1, $2, $3, $4, 'SYSTEM', 'Migration', 'client.updated', 'client', ${stored}, $6, $7)`,
        [
          firm.tenantId,
          seq,
          id,
          occurredAt,
          stored === '$5' ? canonicalJson(legacy) : JSON.stringify(legacy),
          head.hash,
          hash,
        ],
      );
      await db.query('UPDATE audit_head SET seq = $2, hash = $3 WHERE tenant_id = $1', [
        firm.tenantId,
        seq,
        hash,
      ]);
      await db.query('COMMIT');
    }
    const texts = (
      await db.query<{ changes: string }>(
        'SELECT changes FROM audit_event WHERE tenant_id = $1 AND seq >= $2 ORDER BY seq',
        [firm.tenantId, seq - 1],
      )
    ).rows;
    expect(texts.map((t) => t.changes === canonicalJson(legacy))).toEqual([false, true]); // really the jsonb rendering first
    // A new event after them (format 2) links onto the format 1 head.
    await createClient(sut, firm.token, 'Nachfolger GmbH');
    const [after] = (
      await db.query<{ seq: string }>('SELECT seq FROM audit_head WHERE tenant_id = $1', [firm.tenantId])
    ).rows;
    expect(Number(after.seq)).toBeGreaterThan(seq);
    expect(await verify(firm.token)).toEqual({
      valid: true,
      checkedCount: Number(after.seq),
      firstInvalidSequence: null,
    });
  });

  it('reports a valid chain while other requests keep appending to it', async () => {
    const firm = await signUpFirm(sut);
    for (let i = 0; i < 5; i++) await createClient(sut, firm.token, `Vorlauf ${i}`);
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      let n = 0;
      while (writing) await createClient(sut, firm.token, `Schreiber ${w}-${n++}`);
    });
    const results: Verification[] = [];
    for (let i = 0; i < 15; i++) results.push(await verify(firm.token));
    writing = false;
    await Promise.all(writers);
    expect(results.filter((r) => !r.valid)).toEqual([]);
    expect(results.at(-1)?.checkedCount).toBeGreaterThan(results[0].checkedCount);
    expect((await verify(firm.token)).valid).toBe(true);
  });
});

describe('verifyAllChains (the `npm run audit:verify` command)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('verifies every firm as the runtime role and names the broken chain and its first bad sequence', async () => {
    const good = await signUpFirm(sut);
    const bad = await signUpFirm(sut);
    for (let i = 0; i < 3; i++) {
      await createClient(sut, good.token, `Gut ${i}`);
      await createClient(sut, bad.token, `Schlecht ${i}`);
    }
    await tamperAuditEvent(sut.ownerUrl, bad.tenantId, 3);
    const runtime = new Client({ connectionString: appUrlFor(sut.ownerUrl) });
    await runtime.connect();
    try {
      const results = await verifyAllChains(runtime);
      const byId = new Map(results.map((r) => [r.tenantId, r]));
      expect(byId.get(good.tenantId)).toMatchObject({ valid: true, firstInvalidSequence: null });
      expect(byId.get(bad.tenantId)).toMatchObject({
        valid: false,
        firstInvalidSequence: 3,
        checkedCount: 2,
      });
      expect((await verifyAllChains(runtime, [good.tenantId])).map((r) => r.tenantId)).toEqual([
        good.tenantId,
      ]);
      await expect(verifyAllChains(runtime, [randomUUID()])).rejects.toThrow(/Unknown firm/);
    } finally {
      await runtime.end();
    }
  });
});
