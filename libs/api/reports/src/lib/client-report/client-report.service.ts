import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { AdviceService } from '@klarsicht/api-advice';
import { ClientsService } from '@klarsicht/api-clients';
import { ComplianceService } from '@klarsicht/api-compliance';
import { DocumentsService } from '@klarsicht/api-documents';
import { TasksService } from '@klarsicht/api-tasks';
import { WhatsAppService } from '@klarsicht/api-whatsapp';
import { MAX_PAGE_SIZE } from '@klarsicht/api-core';
import type { ReportLanguage } from '../pdf/report-labels';
import { generated, PDF_CONTENT_TYPE, type GeneratedReport } from '../report-output';
import { ReportsRepository } from '../reports.repository';
import { renderClientReport, type ReportAccount } from './client-report.pdf';

const OPEN_STATUSES = ['OPEN', 'IN_PROGRESS'] as const;

/** GET /api/clients/:id/report.pdf — what the firm and the client's own users may read of one client, as a PDF. */
@Injectable()
export class ClientReportService {
  constructor(
    private readonly clients: ClientsService,
    private readonly compliance: ComplianceService,
    private readonly whatsapp: WhatsAppService,
    private readonly tasks: TasksService,
    private readonly documents: DocumentsService,
    private readonly reports: ReportsRepository,
    private readonly advice: AdviceService,
  ) {}

  async render(ctx: RequestContext, clientId: string, language: ReportLanguage): Promise<GeneratedReport> {
    // The access check: another firm's client, a sibling client's user, a random id — all the same 404.
    const client = await this.clients.get(ctx, clientId);
    // One after another: the request's statements share its one connection.
    const compliance = await this.compliance.resultFor(ctx, clientId);
    const accounts = await this.whatsapp.accountsOf(ctx, clientId);
    const tasks = await this.tasks.list(ctx, {
      first: MAX_PAGE_SIZE,
      filter: { clientId, status: [...OPEN_STATUSES] },
    });
    const documents = await this.documents.list(ctx, clientId, null, MAX_PAGE_SIZE, null);
    const advice = await this.advice.ofClient(ctx, clientId);
    const firmName = await this.reports.firmName(ctx);
    const names = await this.reports.userNames(
      ctx,
      accounts.flatMap((a) => (a.answeredBy ? [a.answeredBy] : [])),
    );
    const reportAccounts: ReportAccount[] = [];
    for (const account of accounts) {
      const bsp = await this.whatsapp.bspOf(ctx, account.bspId);
      reportAccounts.push({
        id: account.id,
        label: account.label,
        variant: account.variant,
        answers: { ...account.answers },
        answeredAt: account.answeredAt,
        answeredByName: account.answeredBy ? (names.get(account.answeredBy) ?? null) : null,
        providerName: bsp?.name ?? null,
      });
    }
    const generatedAt = new Date();
    const pdf = renderClientReport(
      { language, firmName, title: `${client.name}`, generatedAt },
      {
        client,
        compliance,
        accounts: reportAccounts,
        tasks: tasks.edges.map(({ node }) => node),
        documents: documents.edges.map(({ node }) => node).filter((d) => d.status !== 'ARCHIVED'),
        advice,
      },
    );
    return generated(
      ctx,
      {
        kind: 'client-report',
        entityType: 'client',
        entityId: clientId,
        clientId,
        subject: client.name,
        language,
      },
      {
        filename: `report-${slug(client.name)}-${generatedAt.toISOString().slice(0, 10)}.pdf`,
        contentType: PDF_CONTENT_TYPE,
        bytes: await pdf.toBuffer(),
      },
    );
  }
}

/** A file name part: ASCII letters and digits, umlauts spelled out. */
export const slug = (name: string): string =>
  name
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'client';
