import type { ConsentProofService } from '@klarsicht/api-consent';
import { ReportPdf, type ReportHeader } from '../pdf/report-pdf';

export type ConsentProof = Awaited<ReturnType<ConsentProofService['proof']>>;

/** Art. 7(1) GDPR proof for one person (docs/reports.md § Consent proof): records, events with evidence, texts. */
/** What a data subject request's access export says before the proof (its own title, intro and the request). */
export type ProofFraming = {
  title: string;
  intro: string;
  heading: string;
  /** A date is printed as a calendar day in the report's language. */
  facts: [string, string | Date][];
};

export const renderConsentProof = (
  header: ReportHeader,
  proof: ConsentProof,
  framing?: ProofFraming,
): ReportPdf => {
  const pdf = new ReportPdf(header);
  const { t } = pdf;
  const p = t.proof;
  pdf.doc
    .font('Sans-Bold')
    .fontSize(16)
    .text(framing?.title ?? p.title(proof.clientName));
  pdf.doc.moveDown(0.4);
  pdf.paragraph(framing?.intro ?? p.intro, { muted: true });
  if (framing) {
    pdf.heading(framing.heading);
    pdf.facts(
      framing.facts.map(([label, value]) => [
        label,
        value instanceof Date ? pdf.formatDate(value, false) : value,
      ]),
    );
  }
  pdf.heading(p.subject);
  pdf.facts([
    [p.phone, proof.phoneNumber ?? proof.maskedPhoneNumber ?? '–'],
    ['ID', proof.subjectId],
  ]);

  pdf.heading(p.records);
  pdf.table(
    [
      { header: p.purpose, width: 130 },
      { header: p.status, width: 80 },
      { header: p.requested, width: 96 },
      { header: p.confirmed, width: 96 },
      { header: p.withdrawn, width: 97 },
    ],
    proof.records.map((r) => [
      t.purposes[r.purpose] ?? r.purpose,
      t.consentStatuses[r.status] ?? r.status,
      pdf.formatDate(r.requestedAt),
      pdf.formatDate(r.confirmedAt),
      pdf.formatDate(r.withdrawnAt),
    ]),
  );

  pdf.heading(p.events);
  pdf.table(
    [
      { header: p.time, width: 82 },
      { header: p.event, width: 100 },
      { header: p.source, width: 70 },
      { header: p.evidence, width: 122 },
      { header: p.textHash, width: 125 },
    ],
    proof.events.map((e) => [
      pdf.formatDate(e.occurredAt),
      `${e.type}${e.purpose ? `\n${t.purposes[e.purpose] ?? e.purpose}` : ''}`,
      `${e.source}\n${e.actorType}`,
      [e.evidence?.ip, e.evidence?.userAgent, e.evidence?.formUrl].filter(Boolean).join('\n') || '–',
      e.textSha256 ?? '–',
    ]),
    7.5,
  );

  pdf.heading(p.texts);
  for (const text of proof.textVersions) {
    pdf.subheading(p.version(text.version, text.language, pdf.formatDate(text.publishedAt)));
    pdf.paragraph(`SHA-256: ${text.sha256}`, { muted: true, size: 8 });
    pdf.doc.moveDown(0.3);
    if (text.title) pdf.paragraph(text.title);
    pdf.paragraph(text.text);
    pdf.doc.moveDown(0.5);
  }
  return pdf;
};
