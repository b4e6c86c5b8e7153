import { Injectable } from '@nestjs/common';
import {
  AccessService,
  decodeCursor,
  pageSize,
  toConnection,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import { AuditRepository, toAuditModel, verifyChain } from './audit.repository';
import { toAuditExportRow, type AuditExportRow } from './audit-export.columns';
import type { AuditFilter } from './dto/audit.args';
import type { AuditChainVerification, AuditEventModel } from './models/audit.models';

/** An audit cursor holds a sequence number (as the string the list writes). */
const isSequence = (value: unknown): boolean => typeof value === 'string' && /^\d{1,18}$/.test(value);

/** The audit log as the caller may read it: a page, an export stream, the chain verification. */
@Injectable()
export class AuditService {
  constructor(
    private readonly access: AccessService,
    private readonly events: AuditRepository,
  ) {}

  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: AuditFilter | null },
  ): Promise<ConnectionShape<AuditEventModel>> {
    this.access.require(ctx, 'audit', 'read');
    if (args.filter?.clientId) await this.access.requireClients(ctx, 'audit', 'read', [args.filter.clientId]);
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, [isSequence]) as [string] | null;
    // Client users and client-bound keys see their own company's events only.
    const { rows, total } = await this.events.page(
      ctx,
      this.access.clientFilter(ctx),
      args.filter,
      limit,
      cursor ? cursor[0] : null,
    );
    return toConnection(rows.map(toAuditModel), limit, total, (e) => [String(e.sequence)], cursor !== null);
  }

  /** Streams the caller's events (oldest first) for export, with every field the chain hash covers. */
  async *stream(ctx: RequestContext, filter: AuditFilter | null): AsyncGenerator<AuditExportRow> {
    this.access.require(ctx, 'audit', 'read');
    for await (const row of this.events.all(ctx, this.access.clientFilter(ctx), filter))
      yield toAuditExportRow(row);
  }

  /** Walks the firm's chain from the first event and names the first sequence number that does not verify. */
  async verify(ctx: RequestContext): Promise<AuditChainVerification> {
    this.access.requireFirm(ctx, 'audit', 'read');
    return verifyChain(ctx, ctx.tenantId);
  }

  /**
   * What an audit certificate states for a period: the chain's verification (from the first event up to the head)
   * and the period's first `limit` events with the first and last of them (firm staff only, like verify).
   */
  async certificate(
    ctx: RequestContext,
    range: { from: Date; to: Date },
    limit: number,
  ): Promise<{
    verification: AuditChainVerification;
    total: number;
    first: { sequence: number; hash: string } | null;
    last: { sequence: number; hash: string } | null;
    events: AuditEventModel[];
  }> {
    this.access.requireFirm(ctx, 'audit', 'read');
    const verification = await verifyChain(ctx, ctx.tenantId);
    const excerpt = await this.events.excerpt(ctx, range, limit);
    const end = (row: { seq: string; hash: string } | null) =>
      row ? { sequence: Number(row.seq), hash: row.hash } : null;
    return {
      verification,
      total: excerpt.total,
      first: end(excerpt.first),
      last: end(excerpt.last),
      events: excerpt.rows.map(toAuditModel),
    };
  }

  assertCanRead(ctx: RequestContext): void {
    this.access.require(ctx, 'audit', 'read');
  }
}
