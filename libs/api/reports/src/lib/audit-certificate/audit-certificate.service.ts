import { Injectable } from '@nestjs/common';
import { badInput, type RequestContext } from '@klarsicht/api-core';
import { AuditService } from '@klarsicht/api-audit';
import type { ReportLanguage } from '../pdf/report-labels';
import { generated, PDF_CONTENT_TYPE, type GeneratedReport } from '../report-output';
import { ReportsRepository } from '../reports.repository';
import { renderAuditCertificate } from './audit-certificate.pdf';

/** Events listed in a certificate; the counts, ends and hashes always cover the whole period. */
export const CERTIFICATE_EVENT_LIMIT = 1000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `from` and `to` as ISO 8601 instants or calendar days (a day means the whole day, UTC); `from` defaults to the
 * first event, `to` to now.
 */
export const certificateRange = (from: string | undefined, to: string | undefined, now = new Date()) => {
  const parse = (value: string, field: 'from' | 'to'): Date => {
    const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) throw badInput({ [field]: 'Use an ISO 8601 date or date and time' });
    return DATE_ONLY.test(value) && field === 'to' ? new Date(date.getTime() + 86_400_000) : date;
  };
  const range = { from: from ? parse(from, 'from') : new Date(0), to: to ? parse(to, 'to') : now };
  if (range.from > range.to) throw badInput({ from: 'Must not be after to' });
  return range;
};

/** GET /api/audit-events/certificate.pdf — the chain's verification for a period, as a PDF (firm staff only). */
@Injectable()
export class AuditCertificateService {
  constructor(
    private readonly audit: AuditService,
    private readonly reports: ReportsRepository,
  ) {}

  async render(
    ctx: RequestContext,
    range: { from: Date; to: Date },
    language: ReportLanguage,
  ): Promise<GeneratedReport> {
    const data = await this.audit.certificate(ctx, range, CERTIFICATE_EVENT_LIMIT);
    const firmName = await this.reports.firmName(ctx);
    const generatedAt = new Date();
    const pdf = renderAuditCertificate({ language, firmName, title: firmName, generatedAt }, range, data);
    return generated(
      ctx,
      {
        kind: 'audit-certificate',
        entityType: 'audit_event',
        subject: `${range.from.toISOString()}/${range.to.toISOString()}`,
        language,
      },
      {
        filename: `audit-certificate-${generatedAt.toISOString().slice(0, 10)}.pdf`,
        contentType: PDF_CONTENT_TYPE,
        bytes: await pdf.toBuffer(),
      },
    );
  }
}
