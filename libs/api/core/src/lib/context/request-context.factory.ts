import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUDIT_SINK, type AuditSink } from '../audit/audit-sink';
import { RequestContext, type Principal, type RequestMeta } from './request-context';
import { runUnitOfWork, streamUnitOfWork } from './unit-of-work';

export const SYSTEM_PRINCIPAL = (tenantId: string | null): Principal => ({
  actor: { type: 'SYSTEM', id: null, label: 'system' },
  userId: null,
  tenantId,
  role: 'OWNER',
  clientId: null,
  scopes: null,
});

@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUDIT_SINK) private readonly auditSink: AuditSink,
  ) {}

  /** A context whose lifecycle the caller hands to runUnitOfWork / streamUnitOfWork (or the GraphQL plugin). */
  create(principal: Principal, meta: RequestMeta): RequestContext {
    return new RequestContext(this.dataSource, this.auditSink, principal, meta);
  }

  /** Work that must be committed on its own, e.g. a failed sign-in's audit event while the operation errors. */
  runSeparately<T>(
    principal: Principal,
    meta: RequestMeta,
    work: (ctx: RequestContext) => Promise<T>,
  ): Promise<T> {
    return runUnitOfWork(this.create(principal, meta), work);
  }

  /** Rows read in a unit of work of their own that outlives the request (a streamed export); see streamUnitOfWork. */
  stream<T>(
    principal: Principal,
    meta: RequestMeta,
    rows: (ctx: RequestContext) => AsyncIterable<T>,
  ): AsyncGenerator<T> {
    return streamUnitOfWork(this.create(principal, meta), rows);
  }
}
