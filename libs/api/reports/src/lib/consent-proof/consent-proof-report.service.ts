import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { ConsentProofService } from '@klarsicht/api-consent';
import type { ReportLanguage } from '../pdf/report-labels';
import { generated, PDF_CONTENT_TYPE, type GeneratedReport } from '../report-output';
import { ReportsRepository } from '../reports.repository';
import { renderConsentProof } from './consent-proof.pdf';

/**
 * POST /api/clients/:id/consents/proof.pdf — the Art. 7(1) proof for one person as a PDF. The proof service checks
 * access and answers an unknown number, another client's number and an erased person alike: 404.
 */
@Injectable()
export class ConsentProofReportService {
  constructor(
    private readonly proofs: ConsentProofService,
    private readonly reports: ReportsRepository,
  ) {}

  async render(
    ctx: RequestContext,
    clientId: string,
    phoneNumber: string,
    language: ReportLanguage,
  ): Promise<GeneratedReport> {
    const proof = await this.proofs.proof(ctx, clientId, phoneNumber);
    const firmName = await this.reports.firmName(ctx);
    const pdf = renderConsentProof(
      { language, firmName, title: proof.clientName, generatedAt: proof.generatedAt },
      proof,
    );
    return generated(
      ctx,
      {
        kind: 'consent-proof',
        entityType: 'consent_subject',
        entityId: proof.subjectId,
        clientId,
        // The audit chain never holds a number in clear.
        subject: proof.maskedPhoneNumber ?? proof.subjectId,
        language,
      },
      {
        filename: `consent-proof-${proof.generatedAt.toISOString().slice(0, 10)}.pdf`,
        contentType: PDF_CONTENT_TYPE,
        bytes: await pdf.toBuffer(),
      },
    );
  }
}
