import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { DataSubjectRequestActionsService } from '@klarsicht/api-requests';
import { renderConsentProof } from '../consent-proof/consent-proof.pdf';
import { reportLabels, type ReportLanguage } from '../pdf/report-labels';
import { generated, PDF_CONTENT_TYPE, type GeneratedReport } from '../report-output';
import { ReportsRepository } from '../reports.repository';

/**
 * GET /api/data-subject-requests/:id/export.pdf — the access export (Art. 15, 20 DSGVO) of an ACCESS or
 * PORTABILITY request as a PDF: the request's facts, then the consent proof of the person's number. The request
 * service checks access, the request's type, state and identity check, and records the export on the request.
 */
@Injectable()
export class RequestExportReportService {
  constructor(
    private readonly actions: DataSubjectRequestActionsService,
    private readonly reports: ReportsRepository,
  ) {}

  async render(ctx: RequestContext, id: string, language: ReportLanguage): Promise<GeneratedReport> {
    const { request, proof } = await this.actions.exportProof(ctx, id);
    const firmName = await this.reports.firmName(ctx);
    const r = reportLabels(language).requestExport;
    const header = { language, firmName, title: proof.clientName, generatedAt: proof.generatedAt };
    const pdf = renderConsentProof(header, proof, {
      title: r.title(proof.clientName),
      intro: r.intro,
      heading: r.request,
      facts: [
        [r.type, r.types[request.type] ?? request.type],
        [r.received, request.received_at],
        [r.due, request.due_at],
        [r.reference, request.id],
      ],
    });
    return generated(
      ctx,
      {
        kind: 'request-export',
        entityType: 'data_subject_request',
        entityId: request.id,
        clientId: request.client_id,
        subject: proof.maskedPhoneNumber ?? proof.subjectId,
        language,
      },
      {
        filename: `auskunft-${proof.generatedAt.toISOString().slice(0, 10)}.pdf`,
        contentType: PDF_CONTENT_TYPE,
        bytes: await pdf.toBuffer(),
      },
    );
  }
}
