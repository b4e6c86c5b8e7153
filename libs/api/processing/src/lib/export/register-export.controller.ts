import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  Ctx,
  CSV_CONTENT_TYPE,
  csvDialect,
  csvString,
  datedFilename,
  type RequestContext,
} from '@klarsicht/api-core';
import { REGISTER_COLUMNS, RegisterExportService } from './register-export.service';

/** Buffered, and returned, so that the export's audit entry is committed before the first byte leaves. */
const attach = (reply: FastifyReply, filename: string, contentType: string, body: string): string => {
  void reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  return body;
};

/** The register of a client as a download (docs/registers.md § Export). */
@Controller('api/clients/:clientId/register')
export class RegisterExportController {
  constructor(private readonly exports: RegisterExportService) {}

  /** GET /api/clients/:clientId/register/export.json — activities (current and approved record), screenings, TOMs. */
  @Get('export.json')
  async json(
    @Ctx() ctx: RequestContext,
    @Param('clientId') clientId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.exports.json(ctx, clientId);
    return attach(
      reply,
      datedFilename('processing-register', 'json'),
      'application/json; charset=utf-8',
      `${JSON.stringify(data, null, 2)}\n`,
    );
  }

  /** GET /api/clients/:clientId/register/export.csv?dialect=rfc4180|excel-de|excel-en — one row per activity. */
  @Get('export.csv')
  async csv(
    @Ctx() ctx: RequestContext,
    @Param('clientId') clientId: string,
    @Query('dialect') dialectName: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const dialect = csvDialect(dialectName);
    const rows = await this.exports.csv(ctx, clientId);
    return attach(
      reply,
      datedFilename('processing-register', 'csv'),
      CSV_CONTENT_TYPE,
      csvString(rows, REGISTER_COLUMNS, dialect),
    );
  }
}
