import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import {
  badInput,
  Ctx,
  CSV_CONTENT_TYPE,
  csvDialect,
  csvStream,
  datedFilename,
  RequestContextFactory,
  sendAttachment,
  type RequestContext,
} from '@klarsicht/api-core';
import { AUDIT_EXPORT_COLUMNS } from './audit-export.columns';
import { AuditService } from './audit.service';

@Controller('api/audit-events')
export class AuditExportController {
  constructor(
    private readonly audit: AuditService,
    private readonly contexts: RequestContextFactory,
  ) {}

  /**
   * GET /api/audit-events/export?format=csv|jsonl&dialect=rfc4180|excel-de|excel-en — the caller's events, oldest
   * first, streamed (docs/api.md § Audit export).
   */
  @Get('export')
  async export(
    @Ctx() ctx: RequestContext,
    @Query('format') format: string | undefined,
    @Query('dialect') dialectName: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const kind = format ?? 'jsonl';
    this.audit.assertCanRead(ctx);
    if (kind !== 'csv' && kind !== 'jsonl') throw badInput({ format: 'Use csv or jsonl' });
    const dialect = kind === 'csv' ? csvDialect(dialectName) : null;
    // The stream outlives the request's own unit of work: it reads in one of its own, committed when done.
    const events = this.contexts.stream(ctx.principal, ctx.meta, (own) => {
      own.audit({
        action: 'audit.exported',
        entityType: 'audit_event',
        changes: dialect ? { format: kind, dialect: dialect.name } : { format: kind },
      });
      return this.audit.stream(own, null);
    });
    const filename = datedFilename('audit', kind);
    if (dialect) {
      sendAttachment(reply, filename, CSV_CONTENT_TYPE, csvStream(events, AUDIT_EXPORT_COLUMNS, dialect));
    } else {
      const lines = Readable.from(events).map((event) => `${JSON.stringify(event)}\n`);
      sendAttachment(reply, filename, 'application/x-ndjson; charset=utf-8', lines);
    }
  }
}
