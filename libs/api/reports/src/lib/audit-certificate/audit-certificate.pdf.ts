import type { AuditService } from '@klarsicht/api-audit';
import { CONTENT_WIDTH, ReportPdf, type ReportHeader } from '../pdf/report-pdf';

export type CertificateData = Awaited<ReturnType<AuditService['certificate']>>;

/** The audit certificate (docs/reports.md § Audit certificate): the chain's verification and the period's events. */
export const renderAuditCertificate = (
  header: ReportHeader,
  range: { from: Date; to: Date },
  data: CertificateData,
): ReportPdf => {
  const pdf = new ReportPdf(header);
  const c = pdf.t.certificate;
  const { verification } = data;
  pdf.doc.font('Sans-Bold').fontSize(16).text(c.title, { width: CONTENT_WIDTH });
  pdf.doc.moveDown(0.4);
  pdf.facts([[c.range, `${pdf.formatDate(range.from)} – ${pdf.formatDate(range.to)}`]]);
  pdf.heading(c.result);
  pdf.doc
    .font('Sans-Bold')
    .fontSize(11)
    .fillColor(verification.valid ? '#2b8a3e' : '#c92a2a')
    .text(
      verification.valid || verification.firstInvalidSequence === null
        ? c.valid
        : c.invalid(verification.firstInvalidSequence),
      { width: CONTENT_WIDTH },
    );
  pdf.doc.moveDown(0.4);
  pdf.facts([
    [c.checked, String(verification.checkedCount)],
    [c.eventsInRange, String(data.total)],
    [c.firstSequence, data.first ? String(data.first.sequence) : '–'],
    [c.firstHash, data.first?.hash ?? '–'],
    [c.lastSequence, data.last ? String(data.last.sequence) : '–'],
    [c.lastHash, data.last?.hash ?? '–'],
    [c.headHash, verification.headHash ?? '–'],
  ]);
  pdf.paragraph(c.howToVerify, { muted: true, size: 8 });

  pdf.heading(`${c.eventsInRange} (${data.events.length} / ${data.total})`);
  if (data.events.length === 0) pdf.paragraph(c.noEvents, { muted: true });
  else
    pdf.table(
      [
        { header: c.seq, width: 40, align: 'right' },
        { header: c.time, width: 78 },
        { header: c.actor, width: 90 },
        { header: c.action, width: 110 },
        { header: c.hash, width: CONTENT_WIDTH - 318 },
      ],
      data.events.map((e) => [
        String(e.sequence),
        pdf.formatDate(e.occurredAt),
        e.actorLabel,
        `${e.action}\n${e.entityType}`,
        e.hash,
      ]),
      7,
    );
  return pdf;
};
