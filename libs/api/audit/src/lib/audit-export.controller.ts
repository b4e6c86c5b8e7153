import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { badInput, Ctx, RequestContextFactory, type RequestContext } from '@klarsicht/api-core';
import { AuditService } from './audit.service';

const CSV_COLUMNS = [
  'sequence',
  'occurredAt',
  'actorType',
  'actorId',
  'actorLabel',
  'clientId',
  'action',
  'entityType',
  'entityId',
  'changes',
  'ip',
  'userAgent',
  'requestId',
  'prevHash',
  'hash',
] as const;

@Controller('api/audit-events')
export class AuditExportController {
  constructor(
    private readonly audit: AuditService,
    private readonly contexts: RequestContextFactory,
  ) {}

  /** GET /api/audit-events/export?format=csv|jsonl — the caller's events, oldest first, streamed. */
  @Get('export')
  async export(
    @Ctx() ctx: RequestContext,
    @Query('format') format: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const kind = format ?? 'jsonl';
    this.audit.assertCanRead(ctx);
    if (kind !== 'csv' && kind !== 'jsonl') throw badInput({ format: 'Use csv or jsonl' });
    // The stream outlives the request's own unit of work: it reads in one of its own, committed when done.
    const source = Readable.from(
      this.contexts.stream(ctx.principal, ctx.meta, (own) => {
        own.audit({ action: 'audit.exported', entityType: 'audit_event', changes: { format: kind } });
        return this.audit.stream(own, null);
      }),
    );
    const stamp = new Date().toISOString().slice(0, 10);
    void reply
      .header(
        'content-type',
        kind === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      )
      .header('content-disposition', `attachment; filename="audit-${stamp}.${kind}"`)
      .header('x-content-type-options', 'nosniff');
    if (kind === 'csv') {
      void reply.send(source.pipe(stringify({ header: true, columns: [...CSV_COLUMNS] })));
    } else {
      void reply.send(source.map((event) => `${JSON.stringify(event)}\n`));
    }
  }
}
