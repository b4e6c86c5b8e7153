import { createHash, randomBytes } from 'node:crypto';
import { JobsService } from '@klarsicht/api-core';
import {
  addMember,
  COMPLIANT_PLATFORM_ANSWERS,
  createBsp,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
  type Firm,
} from '../support/factories';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app';

const MAX = 200_000;
const pdf = (size = 5000): Buffer => {
  const head = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length))]);
};
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4000)]);
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/graphql")</script></body></html>');
const DOC = `id status nextReviewAt reviewDue approvedVersionId currentVersion { id sha256 size contentType filename } versions { id version }`;

const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};

describe('Documents: versions, safe storage, review cycles, approvals', () => {
  let sut: TestApp;
  let firm: Firm;
  let clientId: string;

  const createDocument = async (
    token: string,
    client: string,
    type = 'PROCESSING_RECORD',
    reviewIntervalMonths: number | null = 12,
  ): Promise<string> =>
    must(
      await sut.gql<{ createDocument: { id: string } }>(
        `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
        { input: { clientId: client, type, title: `Verzeichnis ${type}`, reviewIntervalMonths } },
        { token },
      ),
    ).createDocument.id;

  const upload = async (
    token: string,
    documentId: string,
    bytes: Buffer,
    filename: string,
  ): Promise<{ status: number; body: Record<string, unknown> & { error?: { code: string } } }> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), filename);
    const response = await fetch(`${sut.url}/api/documents/${documentId}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  };

  const download = (token: string, versionId: string): Promise<Response> =>
    fetch(`${sut.url}/api/document-versions/${versionId}/content`, {
      headers: { authorization: `Bearer ${token}` },
    });

  beforeAll(async () => {
    sut = await startTestApp({ DOCUMENT_MAX_BYTES: String(MAX) });
    firm = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, 'Dokumente GmbH');
  });
  afterAll(() => sut.close());

  it('round-trips an upload: stored under a generated key, SHA-256 recorded, download identical with safe headers', async () => {
    const documentId = await createDocument(firm.token, clientId);
    const bytes = pdf(150_000);
    const { status, body } = await upload(firm.token, documentId, bytes, 'Verarbeitungsverzeichnis 2026.pdf');
    expect(status).toBe(201);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(body).toEqual(
      expect.objectContaining({
        version: 1,
        sha256: sha,
        size: bytes.length,
        contentType: 'application/pdf',
        filename: 'Verarbeitungsverzeichnis 2026.pdf',
      }),
    );
    const response = await download(firm.token, body['id'] as string);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Verarbeitungsverzeichnis 2026.pdf"; filename*=UTF-8''Verarbeitungsverzeichnis%202026.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const back = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(back).digest('hex')).toBe(sha);
    const doc = must(
      await sut.gql<{ document: { status: string; currentVersion: { sha256: string } } }>(
        `query ($id: ID!) { document(id: $id) { ${DOC} } }`,
        { id: documentId },
        { token: firm.token },
      ),
    ).document;
    expect(doc).toEqual(
      expect.objectContaining({
        status: 'IN_REVIEW',
        currentVersion: expect.objectContaining({ sha256: sha }),
      }),
    );
  });

  it('never delivers a stored file that no longer matches its SHA-256 in full', async () => {
    const documentId = await createDocument(firm.token, clientId, 'EVIDENCE');
    const bytes = pdf(100_000);
    const { body } = await upload(firm.token, documentId, bytes, 'beleg.pdf');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const tampered = Buffer.from(bytes);
    tampered[50_000] ^= 0xff;
    writeFileSync(
      join(sut.config.DATA_DIR, 'files', firm.tenantId, documentId, body['id'] as string),
      tampered,
    );
    const response = await download(firm.token, body['id'] as string);
    const received = await response
      .arrayBuffer()
      .then((b) => Buffer.from(b))
      .catch(() => null);
    // Either the transfer breaks off, or it ends short: never the whole (tampered) file.
    expect(received === null || received.length < tampered.length).toBe(true);
  });

  it('answers 413 for max + 1 bytes and stores nothing', async () => {
    const documentId = await createDocument(firm.token, clientId, 'DPA');
    expect((await upload(firm.token, documentId, pdf(MAX), 'genau.pdf')).status).toBe(201);
    const tooBig = await upload(firm.token, documentId, pdf(MAX + 1), 'zu-gross.pdf');
    expect([tooBig.status, tooBig.body.error?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    // Far too big: refused from the Content-Length, before the body is read.
    const huge = await upload(firm.token, documentId, pdf(MAX * 3), 'riesig.pdf');
    expect(huge.status).toBe(413);
    const doc = must(
      await sut.gql<{ document: { versions: unknown[] } }>(
        `query ($id: ID!) { document(id: $id) { ${DOC} } }`,
        { id: documentId },
        { token: firm.token },
      ),
    ).document;
    expect(doc.versions).toHaveLength(1);
  });

  it('rejects an executable or an HTML page renamed .pdf (415), whatever the declared type', async () => {
    const documentId = await createDocument(firm.token, clientId, 'TOM');
    for (const bytes of [ELF, HTML]) {
      const result = await upload(firm.token, documentId, bytes, 'rechnung.pdf');
      expect([result.status, result.body.error?.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    }
    const doc = must(
      await sut.gql<{ document: { versions: unknown[]; status: string } }>(
        `query ($id: ID!) { document(id: $id) { ${DOC} } }`,
        { id: documentId },
        { token: firm.token },
      ),
    ).document;
    expect(doc).toEqual(expect.objectContaining({ versions: [], status: 'DRAFT' }));
  });

  it('treats ../ and NUL in filenames as harmless metadata', async () => {
    const documentId = await createDocument(firm.token, clientId, 'OTHER');
    const { status, body } = await upload(
      firm.token,
      documentId,
      Buffer.from('Prüfvermerk: ok\n'),
      '../../../etc/passwd\u0000.txt',
    );
    expect(status).toBe(201);
    expect(body['filename']).toBe('passwd.txt');
    const response = await download(firm.token, body['id'] as string);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="passwd.txt"; filename*=UTF-8''passwd.txt`,
    );
    expect(await response.text()).toBe('Prüfvermerk: ok\n');
  });

  it("answers another tenant's and a sibling client's document ids with NOT_FOUND on GraphQL and REST", async () => {
    const documentId = await createDocument(firm.token, clientId, 'IMPRINT');
    const { body } = await upload(firm.token, documentId, pdf(), 'impressum.pdf');
    const versionId = body['id'] as string;
    const sibling = await createClient(sut, firm.token, 'Nachbar');
    const siblingUser = await addMember(sut, firm.token, 'CLIENT_ADMIN', sibling);
    const other = await signUpFirm(sut);
    for (const token of [siblingUser.token, other.token]) {
      const gql = await sut.gql(
        `query ($id: ID!) { document(id: $id) { id } }`,
        { id: documentId },
        { token },
      );
      expect(gql.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const approve = await sut.gql(
        `mutation ($id: ID!) { approveDocument(id: $id) { id } }`,
        { id: documentId },
        { token },
      );
      expect(approve.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect((await download(token, versionId)).status).toBe(404);
      const up = await upload(token, documentId, pdf(), 'x.pdf');
      expect([up.status, up.body.error?.code]).toEqual([404, 'NOT_FOUND']);
    }
  });

  it('lets a client user upload (IN_REVIEW) but only a DPO approve or return', async () => {
    const clientAdmin = await addMember(sut, firm.token, 'CLIENT_ADMIN', clientId);
    const documentId = await createDocument(clientAdmin.token, clientId, 'PRIVACY_NOTICE');
    expect((await upload(clientAdmin.token, documentId, pdf(), 'datenschutz.pdf')).status).toBe(201);
    const denied = await sut.gql(
      `mutation ($id: ID!) { approveDocument(id: $id) { id } }`,
      { id: documentId },
      { token: clientAdmin.token },
    );
    expect(denied.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const returned = must(
      await sut.gql<{ returnDocument: { status: string; returnReason: string } }>(
        `mutation ($id: ID!) { returnDocument(id: $id, reason: "Bitte Kontaktdaten des DSB ergänzen") { status returnReason } }`,
        { id: documentId },
        { token: firm.token },
      ),
    );
    expect(returned.returnDocument).toEqual({
      status: 'DRAFT',
      returnReason: 'Bitte Kontaktdaten des DSB ergänzen',
    });
  });

  it('opens exactly one task for a due review, and approving a new version closes it and sets the next review date', async () => {
    const documentId = await createDocument(firm.token, clientId, 'DPIA', 6);
    await upload(firm.token, documentId, pdf(), 'dsfa.pdf');
    const approved = must(
      await sut.gql<{ approveDocument: { status: string; nextReviewAt: string } }>(
        `mutation ($id: ID!) { approveDocument(id: $id) { ${DOC} } }`,
        { id: documentId },
        { token: firm.token },
      ),
    ).approveDocument;
    expect(approved.status).toBe('APPROVED');
    const months = (new Date(approved.nextReviewAt).getTime() - Date.now()) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(5.8);
    expect(months).toBeLessThan(6.2);

    // Time passes: the review date is reached.
    const { Client } = await import('pg');
    const db = new Client({ connectionString: sut.ownerUrl });
    await db.connect();
    await db.query(`UPDATE document SET next_review_at = now() - interval '1 day' WHERE id = $1`, [
      documentId,
    ]);
    await db.end();
    const jobs = sut.app.get(JobsService);
    await jobs.runNow('document-review-due');
    await jobs.runNow('document-review-due');
    const tasksQuery = `query ($f: TaskFilter) { tasks(filter: $f) { edges { node { id status source title } } } }`;
    const open = must(
      await sut.gql<{ tasks: { edges: { node: { status: string; source: string; title: string } }[] } }>(
        tasksQuery,
        { f: { clientId } },
        { token: firm.token },
      ),
    )
      .tasks.edges.map((e) => e.node)
      .filter((t) => t.source === 'DOCUMENT_REVIEW');
    expect(open).toEqual([
      expect.objectContaining({ status: 'OPEN', title: 'Dokument prüfen: Verzeichnis DPIA' }),
    ]);
    const due = must(
      await sut.gql<{
        reviewsDue: { totalCount: number; edges: { node: { id: string; status: string } }[] };
      }>(`{ reviewsDue { totalCount edges { node { id status } } } }`, {}, { token: firm.token }),
    ).reviewsDue;
    expect(due.edges.map((e) => e.node)).toContainEqual({ id: documentId, status: 'EXPIRED' });

    await upload(firm.token, documentId, pdf(6000), 'dsfa-2027.pdf');
    const again = must(
      await sut.gql<{ approveDocument: { status: string; reviewDue: boolean } }>(
        `mutation ($id: ID!) { approveDocument(id: $id) { ${DOC} } }`,
        { id: documentId },
        { token: firm.token },
      ),
    ).approveDocument;
    expect(again).toEqual(expect.objectContaining({ status: 'APPROVED', reviewDue: false }));
    const after = must(
      await sut.gql<{ tasks: { edges: { node: { status: string; source: string } }[] } }>(
        tasksQuery,
        { f: { clientId } },
        { token: firm.token },
      ),
    )
      .tasks.edges.map((e) => e.node)
      .filter((t) => t.source === 'DOCUMENT_REVIEW');
    expect(after.map((t) => t.status)).toEqual(['DONE']);
  });

  it('feeds the rules: approved processing record and DPIA make a compliant platform client GREEN', async () => {
    const client = await createClient(sut, firm.token, 'Musterfirma Plattform');
    const bspId = await createBsp(sut, firm.token, {
      hostingRegion: 'EU',
      transferMechanism: 'NONE',
      dpaAvailable: true,
    });
    await createWhatsAppAccount(sut, firm.token, {
      clientId: client,
      variant: 'BUSINESS_PLATFORM',
      bspId,
      answers: COMPLIANT_PLATFORM_ANSWERS,
    });
    const status = async (): Promise<{ level: string; findings: { ruleId: string; status: string }[] }> =>
      must(
        await sut.gql<{
          client: { compliance: { level: string; findings: { ruleId: string; status: string }[] } };
        }>(
          `query ($id: ID!) { client(id: $id) { compliance { level findings { ruleId status } } } }`,
          { id: client },
          { token: firm.token },
        ),
      ).client.compliance;
    const before = await status();
    expect(
      before.findings
        .filter((f) => ['WA-PROCESSING-RECORD', 'WA-DPIA'].includes(f.ruleId))
        .map((f) => f.status),
    ).toEqual(['FAIL', 'FAIL']);
    expect(before.level).not.toBe('GREEN');
    for (const type of ['PROCESSING_RECORD', 'DPIA']) {
      const documentId = await createDocument(firm.token, client, type);
      await upload(firm.token, documentId, pdf(), `${type}.pdf`);
      must(
        await sut.gql(
          `mutation ($id: ID!) { approveDocument(id: $id) { id } }`,
          { id: documentId },
          { token: firm.token },
        ),
      );
    }
    const after = await status();
    expect(
      after.findings
        .filter((f) => ['WA-PROCESSING-RECORD', 'WA-DPIA'].includes(f.ruleId))
        .map((f) => f.status),
    ).toEqual(['PASS', 'PASS']);
    expect(after.findings.filter((f) => f.status === 'FAIL' || f.status === 'UNKNOWN')).toEqual([]);
    expect(after.level).toBe('GREEN');
  });
});
