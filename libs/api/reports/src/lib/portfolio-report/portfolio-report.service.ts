import { Injectable } from '@nestjs/common';
import { AccessService, RequestContextFactory, type RequestContext } from '@klarsicht/api-core';
import { ClientsService, type ClientModel } from '@klarsicht/api-clients';
import { PortfolioService } from '@klarsicht/api-portfolio';
import type { ReportLanguage } from '../pdf/report-labels';
import { hashedStream } from '../report-output';
import { ReportsRepository } from '../reports.repository';
import { xlsxStream } from '../xlsx/xlsx-writer';
import { PORTFOLIO_XLSX_COLUMNS, type PortfolioExportFilter } from './portfolio-export.columns';
import { renderPortfolioReport, type PortfolioRow } from './portfolio-report.pdf';

// Clients per read: the rows of one batch are drawn (or written) and flushed before the next is read.
const BATCH = 1000;
const ROW_FIELDS = new Set([
  'city',
  'compliance',
  'openTaskCount',
  'overdueTaskCount',
  'nextReviewAt',
  'assignedDpo',
]);

const toRow = (c: ClientModel): PortfolioRow & { assignedDpo: string | null } => ({
  name: c.name,
  city: c.city,
  level: c.compliance.level,
  score: c.compliance.score,
  openTasks: c.openTaskCount,
  overdueTasks: c.overdueTaskCount,
  nextReviewAt: c.nextReviewAt,
  assignedDpo: c.assignedDpo?.name ?? null,
});

/** The whole portfolio for handing over: the PDF report and the .xlsx export, both streamed (flat memory). */
@Injectable()
export class PortfolioReportService {
  constructor(
    private readonly access: AccessService,
    private readonly clients: ClientsService,
    private readonly portfolio: PortfolioService,
    private readonly contexts: RequestContextFactory,
    private readonly reports: ReportsRepository,
  ) {}

  /** Checks access and reads the summary now; the rows are read and drawn in a unit of work of their own. */
  async pdf(ctx: RequestContext, language: ReportLanguage): Promise<AsyncGenerator<Buffer>> {
    // Firm-wide: history() is for firm staff only (client users and client-bound keys get 403).
    const history = await this.portfolio.history(ctx, 90);
    const summary = await this.portfolio.summary(ctx);
    const firmName = await this.reports.firmName(ctx);
    const generatedAt = new Date();
    const head = {
      clientCount: summary.clientCount,
      byLevel: summary.byLevel,
      openTasks: summary.openTasks,
      reviewsDue: summary.reviewsDue,
      history,
    };
    return this.contexts.stream(ctx.principal, ctx.meta, (own) =>
      hashedStream(
        own,
        {
          kind: 'portfolio-report',
          entityType: 'tenant',
          entityId: own.tenantId,
          subject: firmName,
          language,
        },
        renderPortfolioReport(
          {
            language,
            firmName,
            title: `${firmName} – ${language === 'de' ? 'Portfolio-Bericht' : 'Portfolio report'}`,
            generatedAt,
          },
          head,
          this.batches(own, {}),
        ),
      ),
    );
  }

  /** GET /api/portfolio/export.xlsx — the clients of the filter (as in the GraphQL list), one row each. */
  async xlsx(
    ctx: RequestContext,
    filter: PortfolioExportFilter,
    language: ReportLanguage,
  ): Promise<AsyncGenerator<Buffer>> {
    this.access.require(ctx, 'clients', 'read');
    const firmName = await this.reports.firmName(ctx);
    return this.contexts.stream(ctx.principal, ctx.meta, (own) =>
      hashedStream(
        own,
        { kind: 'portfolio-xlsx', entityType: 'tenant', entityId: own.tenantId, subject: firmName, language },
        xlsxStream(
          flatten(this.batches(own, filter)),
          PORTFOLIO_XLSX_COLUMNS,
          language,
          language === 'de' ? 'Mandanten' : 'Clients',
        ),
      ),
    );
  }

  private async *batches(
    ctx: RequestContext,
    filter: PortfolioExportFilter,
  ): AsyncGenerator<ReturnType<typeof toRow>[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.clients.list(ctx, { first: BATCH, after, filter, sort: 'NAME' }, ROW_FIELDS);
      yield page.edges.map((e) => toRow(e.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }
}

async function* flatten<T>(batches: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}
