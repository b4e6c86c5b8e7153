import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  Ctx,
  CSV_CONTENT_TYPE,
  csvDialect,
  csvStream,
  datedFilename,
  sendAttachment,
  type RequestContext,
} from '@klarsicht/api-core';
import { ConsentExportService, EXPORT_COLUMNS } from './consent-export.service';

@Controller('api/clients/:clientId/consents')
export class ConsentExportController {
  constructor(private readonly exports: ConsentExportService) {}

  /**
   * GET /api/clients/:clientId/consents/export?dialect=rfc4180|excel-de|excel-en — every record of the client as CSV,
   * streamed (docs/api.md § Consent export).
   */
  @Get('export')
  async export(
    @Ctx() ctx: RequestContext,
    @Param('clientId') clientId: string,
    @Query('dialect') dialectName: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const dialect = csvDialect(dialectName);
    const rows = await this.exports.export(ctx, clientId);
    const body = csvStream(rows, EXPORT_COLUMNS, dialect);
    sendAttachment(reply, datedFilename('consents', 'csv'), CSV_CONTENT_TYPE, body);
  }
}
