import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUDIT_SINK, type AuditSink } from '../audit/audit-sink';
import { RequestContext, runInOwnTransaction, type Principal, type RequestMeta } from './request-context';

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

  create(principal: Principal, meta: RequestMeta): RequestContext {
    return new RequestContext(this.dataSource, this.auditSink, principal, meta);
  }

  /** Work that must be committed on its own, e.g. a failed sign-in's audit event while the operation errors. */
  runSeparately<T>(principal: Principal, meta: RequestMeta, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    return runInOwnTransaction(this.dataSource, this.auditSink, principal, meta, work);
  }
}
