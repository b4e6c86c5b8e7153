import { createHash, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  addMember,
  createBsp,
  createClient,
  createWhatsAppAccount,
  signUpFirm,
  type Firm,
} from '../support/factories';
import { flatText, readPdf } from '../support/pdf';
import { TEST_PHONES } from '../support/sensitive-values';
import { tamperAuditEvent } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';

// The reports a DPO hands over (docs/reports.md), read back as their recipient would: PDFs parsed by PDF.js, the
// .xlsx by exceljs; each checked against the audit event that records its SHA-256.
const FIRM_NAME = 'Datenschutzkanzlei Jürgen Größ & Partner';
const CLIENT_NAME = 'Bäckerei Müller & Söhne „Zum Brötchen“';
const SIBLING_NAME = 'Metzgerei Überall';
const FOREIGN_NAME = 'Fremdkanzlei Kunde Ölmühle';

type Download = { status: number; type: string | null; headers: Headers; bytes: Buffer; text: string };

describe('Reports: client and portfolio PDFs, consent proof, audit certificate, xlsx exports', () => {
  let sut: TestApp;
  let firm: Firm;
  let foreign: Firm;
  let clientId: string;
  let siblingId: string;
  let archivedId: string;
  let foreignClientId: string;
  let clientUser: { token: string };
  let siblingUser: { token: string };

  const download = async (path: string, token: string, init: RequestInit = {}): Promise<Download> => {
    const response = await fetch(`${sut.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      headers: response.headers,
      bytes,
      text: bytes.toString('utf8'),
    };
  };
  const proof = (id: string, phoneNumber: string, token = firm.token, lang = '') =>
    download(`/api/clients/${id}/consents/proof.pdf${lang}`, token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phoneNumber }),
    });
  const gql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token = firm.token,
  ): Promise<T> => {
    const result = await sut.gql<T>(query, variables, { token });
    if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const reportEvents = async (token = firm.token) =>
    (
      await gql<{ auditEvents: { edges: { node: { changes: string; entityId: string | null } }[] } }>(
        `{ auditEvents(first: 100, filter: { action: "report.generated" }) { edges { node { changes entityId } } } }`,
        {},
        token,
      )
    ).auditEvents.edges.map(({ node }) => ({
      ...node,
      changes: JSON.parse(node.changes) as Record<string, unknown>,
    }));
  /** Opens an .xlsx as Excel would read it (exceljs declares its own Buffer type: an ArrayBuffer). */
  const workbook = async (bytes: Buffer): Promise<ExcelJS.Workbook> => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
    return book;
  };
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  beforeAll(async () => {
    sut = await startTestApp();
    firm = await signUpFirm(sut, FIRM_NAME);
    foreign = await signUpFirm(sut);
    clientId = await createClient(sut, firm.token, CLIENT_NAME);
    siblingId = await createClient(sut, firm.token, SIBLING_NAME);
    archivedId = await createClient(sut, firm.token, 'Archivierte Altkunde GmbH');
    await gql(`mutation ($id: ID!) { archiveClient(id: $id) { id } }`, { id: archivedId });
    foreignClientId = await createClient(sut, foreign.token, FOREIGN_NAME);
    const bspId = await createBsp(sut, firm.token, { name: 'Nachrichtenwerk GmbH', dpaAvailable: false });
    await createWhatsAppAccount(sut, firm.token, {
      clientId,
      variant: 'BUSINESS_PLATFORM',
      label: 'Service-Nummer Süd',
      bspId,
      answers: { usedForBusiness: true, bspDpaSigned: false, profileHasImprint: false, sendsMarketing: true },
    });
    await createWhatsAppAccount(sut, firm.token, { clientId: siblingId, variant: 'PRIVATE_APP' });
    await gql(`mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }`, {
      i: {
        clientId,
        title: 'Auftragsverarbeitungsvertrag prüfen',
        dueAt: '2026-01-15T09:00:00Z',
        priority: 'HIGH',
      },
    });
    await gql(`mutation ($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, {
      i: {
        clientId,
        title: 'Datenschutzerklärung Filiale',
        type: 'PRIVACY_NOTICE',
        reviewIntervalMonths: 12,
      },
    });
    for (const [id, phone] of [
      [clientId, TEST_PHONES.reports],
      [siblingId, TEST_PHONES.reportsOther],
    ] as const) {
      const text = await gql<{ publishConsentText: { id: string } }>(
        `mutation ($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
        {
          input: {
            clientId: id,
            language: 'de',
            title: 'WhatsApp-Service',
            text: 'Ich willige ein, dass mich die Bäckerei über WhatsApp zu meinen Bestellungen kontaktiert.',
            purposes: ['SERVICE'],
          },
        },
      );
      await gql(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
        input: {
          clientId: id,
          phoneNumber: phone,
          purposes: ['SERVICE'],
          consentTextVersionId: text.publishConsentText.id,
          confirmedAt: '2026-03-02T09:15:00Z',
          source: 'PAPER',
          evidence: { ip: null, userAgent: 'Papierformular Filiale', formUrl: null },
        },
      });
    }
    clientUser = await addMember(sut, firm.token, 'CLIENT_VIEWER', clientId);
    siblingUser = await addMember(sut, firm.token, 'CLIENT_ADMIN', siblingId);
  });

  afterAll(async () => {
    await sut.close();
  });

  it('client report: the name with umlauts, every failing rule with its legal reference, no other client, the hash audited', async () => {
    const report = await download(`/api/clients/${clientId}/report.pdf`, firm.token);
    expect(report.status).toBe(200);
    expect(report.type).toBe('application/pdf');
    expect(report.headers.get('cache-control')).toBe('private, no-store');
    expect(report.headers.get('digest')).toBe(
      `sha-256=${createHash('sha256').update(report.bytes).digest('base64')}`,
    );
    expect(report.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(report.bytes);
    const text = flatText(pdf);
    expect(text).toContain(CLIENT_NAME);
    expect(text).toContain('Service-Nummer Süd');
    expect(text).toContain('Nachrichtenwerk GmbH');
    expect(text).toContain('Auftragsverarbeitungsvertrag prüfen');
    expect(text).toContain('Datenschutzerklärung Filiale');
    // The owner gave the answers.
    expect(text).toContain('Dr. Erika Muster');
    const { client } = await gql<{
      client: { compliance: { findings: { ruleId: string; status: string; legalReference: string }[] } };
    }>(`query ($id: ID!) { client(id: $id) { compliance { findings { ruleId status legalReference } } } }`, {
      id: clientId,
    });
    const failing = client.compliance.findings.filter((f) => f.status === 'FAIL');
    expect(failing.length).toBeGreaterThan(1);
    const compact = text.replace(/\s+/g, '');
    for (const finding of failing) {
      expect(text).toContain(finding.ruleId);
      expect(compact).toContain(finding.legalReference.replace(/\s+/g, ''));
    }
    for (const other of [SIBLING_NAME, FOREIGN_NAME, 'Archivierte Altkunde'])
      expect(text).not.toContain(other);
    // Every page carries the firm, the generation time and its number.
    pdf.text.forEach((page, i) => {
      expect(page.replace(/\s+/g, ' ')).toContain(FIRM_NAME);
      expect(page).toMatch(/Erstellt am \d{2}\.\d{2}\.\d{4}/);
      expect(page.replace(/\s+/g, ' ')).toContain(`Seite ${i + 1} von ${pdf.pages}`);
    });
    expect(pdf.info['Author']).toBe(FIRM_NAME);
    const event = (await reportEvents()).find((e) => e.changes['sha256'] === sha256(report.bytes));
    expect(event).toMatchObject({
      entityId: clientId,
      changes: { kind: 'client-report', subject: CLIENT_NAME },
    });
  });

  it('client report: readable by the client’s own users; another firm, a sibling client’s user and a random id get 404', async () => {
    const own = await download(`/api/clients/${clientId}/report.pdf`, clientUser.token);
    expect(own.status).toBe(200);
    expect(flatText(await readPdf(own.bytes))).toContain(CLIENT_NAME);
    const missing = await download(`/api/clients/${randomUUID()}/report.pdf`, firm.token);
    expect(missing.status).toBe(404);
    for (const [path, token] of [
      [`/api/clients/${clientId}/report.pdf`, foreign.token],
      [`/api/clients/${clientId}/report.pdf`, siblingUser.token],
      [`/api/clients/${foreignClientId}/report.pdf`, firm.token],
      ['/api/clients/not-a-uuid/report.pdf', firm.token],
    ] as const) {
      const refused = await download(path, token);
      expect({ path, status: refused.status, body: refused.text }).toEqual({
        path,
        status: 404,
        body: missing.text,
      });
    }
    expect((await download(`/api/clients/${clientId}/report.pdf`, '')).status).toBe(401);
  });

  it('client report in English; an unknown language is a 400 that names the choices', async () => {
    const report = await download(`/api/clients/${clientId}/report.pdf?lang=en`, firm.token);
    const text = flatText(await readPdf(report.bytes));
    expect(text).toContain('Findings');
    expect(text).toContain('Page 1 of');
    expect(text).not.toContain('Feststellungen');
    const bad = await download(`/api/clients/${clientId}/report.pdf?lang=fr`, firm.token);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('de, en');
  });

  it('portfolio report: every active client of the firm, none of another firm, counts by level; audited; firm staff only', async () => {
    const response = await fetch(`${sut.url}/api/portfolio/report.pdf`, {
      headers: { authorization: `Bearer ${firm.token}` },
    });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="portfolio-report-/);
    await response.arrayBuffer();
    const report = await download('/api/portfolio/report.pdf', firm.token);
    expect(report.status).toBe(200);
    expect(report.type).toBe('application/pdf');
    const pdf = await readPdf(report.bytes);
    const text = flatText(pdf);
    expect(text).toContain('Portfolio-Bericht');
    expect(text).toContain(CLIENT_NAME);
    expect(text).toContain(SIBLING_NAME);
    expect(text).not.toContain('Archivierte Altkunde');
    expect(text).not.toContain(FOREIGN_NAME);
    expect(text).toContain('Aktive Mandanten: 2');
    expect(text).toContain(`Seite 1 von ${pdf.pages}`);
    const event = (await reportEvents()).find((e) => e.changes['sha256'] === sha256(report.bytes));
    expect(event?.changes).toMatchObject({
      kind: 'portfolio-report',
      subject: FIRM_NAME,
      bytes: report.bytes.length,
    });
    expect((await download('/api/portfolio/report.pdf', clientUser.token)).status).toBe(403);
  });

  it('consent proof: every event and text hash; another client’s number answers like an unknown one; the number never in a URL', async () => {
    const report = await proof(clientId, TEST_PHONES.reports);
    expect(report.status).toBe(200);
    const text = flatText(await readPdf(report.bytes));
    const { consentProof } = await gql<{
      consentProof: {
        events: { type: string; textSha256: string | null }[];
        textVersions: { sha256: string }[];
      };
    }>(
      `query ($c: ID!, $p: String!) { consentProof(clientId: $c, phoneNumber: $p) { events { type textSha256 } textVersions { sha256 } } }`,
      { c: clientId, p: TEST_PHONES.reports },
    );
    expect(consentProof.events.length).toBeGreaterThan(0);
    const compact = text.replace(/\s+/g, '');
    for (const event of consentProof.events) {
      expect(text).toContain(event.type);
      if (event.textSha256) expect(compact).toContain(event.textSha256);
    }
    for (const version of consentProof.textVersions) expect(compact).toContain(version.sha256);
    expect(text).toContain('Papierformular Filiale');
    expect(text).toContain('Art. 7 Abs. 1 DSGVO');
    const event = (await reportEvents()).find((e) => e.changes['sha256'] === sha256(report.bytes));
    expect(event?.changes).toMatchObject({ kind: 'consent-proof' });
    expect(JSON.stringify(event)).not.toContain(TEST_PHONES.reports.replace(/\D/g, '').slice(2));

    const unknown = await proof(clientId, '+49 151 99999999');
    const otherClients = await proof(clientId, TEST_PHONES.reportsOther);
    expect(unknown.status).toBe(404);
    expect({ status: otherClients.status, body: otherClients.text }).toEqual({
      status: 404,
      body: unknown.text,
    });
    expect((await proof(clientId, TEST_PHONES.reports, foreign.token)).status).toBe(404);
    expect((await proof(clientId, TEST_PHONES.reports, siblingUser.token)).status).toBe(404);
    expect((await proof(clientId, '')).status).toBe(400);
  });

  it('consent proof: an erased person has none', async () => {
    const erased = await gql<{ eraseConsentSubject: { recordCount: number } }>(
      `mutation ($input: EraseConsentSubjectInput!) { eraseConsentSubject(input: $input) { recordCount } }`,
      { input: { clientId: siblingId, phoneNumber: TEST_PHONES.reportsOther } },
    );
    expect(erased.eraseConsentSubject.recordCount).toBe(1);
    expect((await proof(siblingId, TEST_PHONES.reportsOther)).status).toBe(404);
  });

  it('audit certificate: a valid chain says so with its ends and head; a tampered one names the first bad sequence', async () => {
    // The head now; the certificate's own report.generated event comes after its verification.
    const { verifyAuditChain: chain } = await gql<{ verifyAuditChain: { headHash: string } }>(
      '{ verifyAuditChain { headHash } }',
    );
    const report = await download('/api/audit-events/certificate.pdf?from=2000-01-01', firm.token);
    expect(report.status).toBe(200);
    const text = flatText(await readPdf(report.bytes));
    expect(text).toContain('Gültig');
    expect(text).not.toContain('UNGÜLTIG');
    expect(text).toMatch(/Erste Sequenz im Zeitraum 1\b/);
    expect(text.replace(/\s+/g, '')).toContain(chain.headHash);
    const event = (await reportEvents()).find((e) => e.changes['sha256'] === sha256(report.bytes));
    expect(event?.changes).toMatchObject({ kind: 'audit-certificate' });
    expect((await download('/api/audit-events/certificate.pdf', clientUser.token)).status).toBe(403);
    expect((await download('/api/audit-events/certificate.pdf?from=gestern', firm.token)).status).toBe(400);

    // A firm of its own, so that the others' chains stay intact for the end-of-suite checks.
    const victim = await signUpFirm(sut);
    for (let i = 0; i < 3; i++) await createClient(sut, victim.token, `Opfer ${i}`);
    await tamperAuditEvent(sut.ownerUrl, victim.tenantId, 3);
    const broken = await download('/api/audit-events/certificate.pdf?lang=en', victim.token);
    const brokenText = flatText(await readPdf(broken.bytes));
    expect(brokenText).toContain('INVALID: the chain breaks at sequence 3');
    const german = flatText(
      await readPdf((await download('/api/audit-events/certificate.pdf', victim.token)).bytes),
    );
    expect(german).toContain('UNGÜLTIG: Die Kette bricht bei Sequenz 3');
  });

  it('portfolio xlsx: one row per client of the filter, typed cells, header and autofilter; audited', async () => {
    const exported = await download('/api/portfolio/export.xlsx', firm.token);
    expect(exported.status).toBe(200);
    expect(exported.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await workbook(exported.bytes);
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Mandant',
      'Ort',
      'Ampel',
      'Punktzahl',
      'Offene Aufgaben',
      'Überfällige Aufgaben',
      'Nächste Prüfung',
      'Zuständige/r DSB',
    ]);
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toEqual([CLIENT_NAME, SIBLING_NAME].sort((a, b) => a.localeCompare(b, 'de')));
    expect(sheet.rowCount).toBe(3);
    expect(typeof sheet.getCell('D2').value).toBe('number');
    expect(sheet.autoFilter).toBeTruthy();
    const event = (await reportEvents()).find((e) => e.changes['sha256'] === sha256(exported.bytes));
    expect(event?.changes).toMatchObject({ kind: 'portfolio-xlsx' });

    const archived = await workbook(
      (await download('/api/portfolio/export.xlsx?archived=true&lang=en', firm.token)).bytes,
    );
    expect(archived.worksheets[0].getCell('A1').value).toBe('Client');
    expect(archived.worksheets[0].getColumn(1).values.slice(2)).toEqual(['Archivierte Altkunde GmbH']);
    expect((await download('/api/portfolio/export.xlsx?level=PURPLE', firm.token)).status).toBe(400);
  });

  it('tasks xlsx: the filter as in the GraphQL list, dates as dates', async () => {
    const exported = await download(
      `/api/tasks/export.xlsx?clientId=${clientId}&status=OPEN,IN_PROGRESS`,
      firm.token,
    );
    expect(exported.status).toBe(200);
    const book = await workbook(exported.bytes);
    const sheet = book.worksheets[0];
    const { tasks } = await gql<{ tasks: { totalCount: number } }>(
      `query ($c: ID!) { tasks(filter: { clientId: $c, status: [OPEN, IN_PROGRESS] }) { totalCount } }`,
      { c: clientId },
    );
    expect(sheet.rowCount - 1).toBe(tasks.totalCount);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const manual = rows.find((r) => r[1] === 'Auftragsverarbeitungsvertrag prüfen');
    expect(manual?.[2]).toBe(CLIENT_NAME);
    expect(manual?.[5]).toEqual(new Date('2026-01-15T10:00:00Z')); // 09:00 UTC is 10:00 in Berlin (wall clock)
    expect(manual?.[6]).toBe(true);
    const foreignTasks = await download(`/api/tasks/export.xlsx?clientId=${clientId}`, foreign.token);
    expect(foreignTasks.status).toBe(404);
  });
});
