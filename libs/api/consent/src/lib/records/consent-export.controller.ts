import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { ConsentExportService, EXPORT_COLUMNS } from './consent-export.service';

@Controller('api/clients/:clientId/consents')
export class ConsentExportController {
  constructor(private readonly exports: ConsentExportService) {}

  /** GET /api/clients/:clientId/consents/export — every record of the client as CSV, streamed. */
  @Get('export')
  async export(
    @Ctx() ctx: RequestContext,
    @Param('clientId') clientId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const rows = await this.exports.export(ctx, clientId);
    const stamp = new Date().toISOString().slice(0, 10);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="consents-${stamp}.csv"`)
      .header('x-content-type-options', 'nosniff')
      .send(Readable.from(rows).pipe(stringify({ header: true, columns: [...EXPORT_COLUMNS] })));
  }
}
