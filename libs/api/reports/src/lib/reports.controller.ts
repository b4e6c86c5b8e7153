import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { Ctx, datedFilename, sendAttachment, type RequestContext } from '@klarsicht/api-core';
import { AuditCertificateService, certificateRange } from './audit-certificate/audit-certificate.service';
import { ClientReportService } from './client-report/client-report.service';
import { ConsentProofReportService } from './consent-proof/consent-proof-report.service';
import { reportLanguage } from './pdf/report-labels';
import { PortfolioReportService } from './portfolio-report/portfolio-report.service';
import { RegisterReportService } from './register-report/register-report.service';
import { PDF_CONTENT_TYPE, XLSX_CONTENT_TYPE, type GeneratedReport } from './report-output';
import { RequestExportReportService } from './request-export/request-export-report.service';
import { ConsentProofRequest, PortfolioExportQuery, TasksExportQuery } from './reports.inputs';
import { TasksExportService } from './tasks-export/tasks-export.service';

/** A buffered report: returned, so that its audit event is committed before the first byte leaves. */
const attach = (reply: FastifyReply, report: GeneratedReport): Buffer => {
  void reply
    .header('content-type', report.contentType)
    .header('content-disposition', `attachment; filename="${report.filename}"`)
    .header('content-length', report.bytes.length)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('digest', `sha-256=${Buffer.from(report.sha256, 'hex').toString('base64')}`);
  return report.bytes;
};

/** Reports a DPO hands over, as REST downloads (docs/api.md § Reports; GraphQL is no place for binary streams). */
@Controller('api')
export class ReportsController {
  constructor(
    private readonly clientReports: ClientReportService,
    private readonly portfolioReports: PortfolioReportService,
    private readonly proofs: ConsentProofReportService,
    private readonly certificates: AuditCertificateService,
    private readonly taskExports: TasksExportService,
    private readonly requestExports: RequestExportReportService,
    private readonly registers: RegisterReportService,
  ) {}

  /** GET /api/clients/:id/report.pdf?lang=de|en — for the firm and the client's own users. */
  @Get('clients/:id/report.pdf')
  async clientReport(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return attach(reply, await this.clientReports.render(ctx, id, reportLanguage(lang)));
  }

  /** GET /api/clients/:id/register.pdf?lang=de|en — the record of processing activities and the TOMs. */
  @Get('clients/:id/register.pdf')
  async registerReport(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return attach(reply, await this.registers.render(ctx, id, reportLanguage(lang)));
  }

  /** POST /api/clients/:id/consents/proof.pdf?lang=de|en with `{ "phoneNumber": "…" }`. */
  @Post('clients/:id/consents/proof.pdf')
  @HttpCode(200)
  async consentProof(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query('lang') lang: string | undefined,
    @Body() body: ConsentProofRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return attach(reply, await this.proofs.render(ctx, id, body.phoneNumber, reportLanguage(lang)));
  }

  /** GET /api/data-subject-requests/:id/export.pdf?lang=de|en — the access export of an ACCESS/PORTABILITY request. */
  @Get('data-subject-requests/:id/export.pdf')
  async requestExport(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return attach(reply, await this.requestExports.render(ctx, id, reportLanguage(lang)));
  }

  /** GET /api/audit-events/certificate.pdf?from=&to=&lang= — firm staff only. */
  @Get('audit-events/certificate.pdf')
  async auditCertificate(
    @Ctx() ctx: RequestContext,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const language = reportLanguage(lang);
    return attach(reply, await this.certificates.render(ctx, certificateRange(from, to), language));
  }

  /** GET /api/portfolio/report.pdf?lang= — every active client; streamed. */
  @Get('portfolio/report.pdf')
  async portfolioReport(
    @Ctx() ctx: RequestContext,
    @Query('lang') lang: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = await this.portfolioReports.pdf(ctx, reportLanguage(lang));
    sendAttachment(reply, datedFilename('portfolio-report', 'pdf'), PDF_CONTENT_TYPE, Readable.from(body));
  }

  /** GET /api/portfolio/export.xlsx — the clients of the filter; streamed. */
  @Get('portfolio/export.xlsx')
  async portfolioExport(
    @Ctx() ctx: RequestContext,
    @Query() query: PortfolioExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { lang, ...filter } = query;
    const body = await this.portfolioReports.xlsx(ctx, filter, reportLanguage(lang));
    sendAttachment(reply, datedFilename('portfolio', 'xlsx'), XLSX_CONTENT_TYPE, Readable.from(body));
  }

  /** GET /api/tasks/export.xlsx — the tasks of the filter; streamed. */
  @Get('tasks/export.xlsx')
  async tasksExport(
    @Ctx() ctx: RequestContext,
    @Query() query: TasksExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { lang, ...filter } = query;
    const body = await this.taskExports.xlsx(ctx, filter, reportLanguage(lang));
    sendAttachment(reply, datedFilename('tasks', 'xlsx'), XLSX_CONTENT_TYPE, Readable.from(body));
  }
}
