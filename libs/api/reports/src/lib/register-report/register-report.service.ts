import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { RegisterExportService } from '@klarsicht/api-processing';
import type { ReportLanguage } from '../pdf/report-labels';
import { generated, PDF_CONTENT_TYPE, type GeneratedReport } from '../report-output';
import { ReportsRepository } from '../reports.repository';
import { renderRegister } from './register.pdf';

/** GET /api/clients/:id/register.pdf — the record of processing activities and the TOMs as a PDF. */
@Injectable()
export class RegisterReportService {
  constructor(
    private readonly registers: RegisterExportService,
    private readonly reports: ReportsRepository,
  ) {}

  async render(ctx: RequestContext, clientId: string, language: ReportLanguage): Promise<GeneratedReport> {
    // Checks access (documents: read) and records the export.
    const data = await this.registers.json(ctx, clientId, 'pdf');
    const firmName = await this.reports.firmName(ctx);
    const generatedAt = new Date(data.exportedAt);
    const pdf = renderRegister(
      { language, firmName, title: data.clientName ?? '', generatedAt },
      data,
      language,
    );
    return generated(
      ctx,
      {
        kind: 'processing-register',
        entityType: 'client',
        entityId: clientId,
        clientId,
        subject: data.clientName ?? clientId,
        language,
      },
      {
        filename: `processing-register-${data.exportedAt.slice(0, 10)}.pdf`,
        contentType: PDF_CONTENT_TYPE,
        bytes: await pdf.toBuffer(),
      },
    );
  }
}
