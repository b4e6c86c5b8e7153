import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { DocumentType } from '@klarsicht/compliance-rules';
import { DocumentEntity, DocumentVersion, type DocumentStatus } from './document.entities';
import type { DocumentFilter } from './models/document.models';

export type DocumentRow = {
  id: string;
  client_id: string;
  client_name: string;
  type: DocumentType;
  title: string;
  status: DocumentStatus;
  review_interval_months: number | null;
  next_review_at: Date | null;
  approved_at: Date | null;
  approved_version_id: string | null;
  current_version_id: string | null;
  return_reason: string | null;
  created_at: Date;
  updated_at: Date;
};
export type DueDocumentRow = { id: string; client_id: string; title: string; next_review_at: Date };
export type NewDocument = Pick<DocumentEntity, 'clientId' | 'type' | 'title' | 'reviewIntervalMonths'>;
export type NewVersion = Pick<
  DocumentVersion,
  'id' | 'clientId' | 'documentId' | 'storageKey' | 'filename' | 'contentType' | 'size' | 'sha256'
>;

const SELECT_DOCUMENT = `SELECT d.id, d.client_id, c.name AS client_name, d.type, d.title, d.status, d.review_interval_months, d.next_review_at, d.approved_at,
  d.approved_version_id, d.current_version_id, d.return_reason, d.created_at, d.updated_at FROM document d JOIN client c ON c.id = d.client_id`;

/** Documents and their versions. client.next_review_at follows by trigger. */
@Injectable()
export class DocumentsRepository {
  async insert(ctx: RequestContext, values: NewDocument): Promise<DocumentEntity> {
    const repo = await ctx.repo(DocumentEntity);
    const doc = repo.create({
      ...values,
      tenantId: ctx.tenantId,
      status: 'DRAFT',
      nextReviewAt: null,
      currentVersionId: null,
      approvedVersionId: null,
      approvedAt: null,
      approvedBy: null,
      returnReason: null,
      createdBy: ctx.principal.userId,
      updatedAt: new Date(),
    });
    await repo.insert(doc);
    return doc;
  }

  async update(ctx: RequestContext, id: string, values: Partial<DocumentEntity>): Promise<void> {
    await (
      await ctx.repo(DocumentEntity)
    ).update({ id }, { ...values, updatedAt: values.updatedAt ?? new Date() });
  }

  async find(ctx: RequestContext, id: string): Promise<DocumentRow | null> {
    const [row] = await ctx.query<DocumentRow>(`${SELECT_DOCUMENT} WHERE d.id = $1`, [id]);
    return row ?? null;
  }

  /** A page (newest id first) after the cursor, and the total of the filter. Archived ones only when asked for. */
  async page(
    ctx: RequestContext,
    scope: string | null,
    filter: DocumentFilter | null | undefined,
    limit: number,
    cursor: string | null,
  ): Promise<{ rows: DocumentRow[]; total: number }> {
    const where: string[] = ["d.status <> 'ARCHIVED' OR $1::text = 'ARCHIVED'"];
    const params: unknown[] = [filter?.status ?? null];
    if (scope) where.push(`d.client_id = $${params.push(scope)}`);
    if (filter?.type) where.push(`d.type = $${params.push(filter.type)}`);
    if (filter?.status) where.push(`d.status = $1`);
    if (filter?.reviewDue) where.push(`d.next_review_at <= now()`);
    const countWhere = [...where];
    const countParams = [...params];
    if (cursor) where.push(`d.id < $${params.push(cursor)}`);
    const sql = (w: string[]): string => w.map((c) => `(${c})`).join(' AND ');
    const rows = await ctx.query<DocumentRow>(
      `${SELECT_DOCUMENT} WHERE ${sql(where)} ORDER BY d.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const [{ count }] = await ctx.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM document d WHERE ${sql(countWhere)}`,
      countParams,
    );
    return { rows, total: count };
  }

  /** Every version of these documents, newest first. */
  async versionsOf(ctx: RequestContext, documentIds: readonly string[]): Promise<DocumentVersion[]> {
    if (documentIds.length === 0) return [];
    return (await ctx.repo(DocumentVersion))
      .createQueryBuilder('v')
      .where('v.document_id IN (:...ids)', { ids: documentIds })
      .orderBy('v.version', 'DESC')
      .getMany();
  }

  /** Stores a version under the next number; the document then points at it and is IN_REVIEW. */
  async insertVersion(ctx: RequestContext, values: NewVersion): Promise<DocumentVersion> {
    const [{ next }] = await ctx.query<{ next: number }>(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM document_version WHERE document_id = $1`,
      [values.documentId],
    );
    const versions = await ctx.repo(DocumentVersion);
    const version = versions.create({
      ...values,
      tenantId: ctx.tenantId,
      version: next,
      uploadedBy: ctx.principal.userId,
    });
    await versions.insert(version);
    await this.update(ctx, values.documentId, {
      currentVersionId: values.id,
      status: 'IN_REVIEW',
      returnReason: null,
    });
    return version;
  }

  /** Approved documents past their review date become EXPIRED; returns those. */
  expireDue(ctx: RequestContext, now: Date): Promise<DueDocumentRow[]> {
    return ctx.query<DueDocumentRow>(
      `WITH due AS (UPDATE document SET status = 'EXPIRED', updated_at = $1 WHERE status = 'APPROVED' AND next_review_at <= $1 RETURNING id, client_id, title, next_review_at)
       SELECT * FROM due`,
      [now],
    );
  }

  /** Every EXPIRED document past its review date (also those whose review task was closed by hand). */
  expired(ctx: RequestContext, now: Date): Promise<DueDocumentRow[]> {
    return ctx.query<DueDocumentRow>(
      `SELECT id, client_id, title, next_review_at FROM document WHERE status = 'EXPIRED' AND next_review_at <= $1`,
      [now],
    );
  }
}
