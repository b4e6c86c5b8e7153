import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  conflict,
  decodeCursor,
  encodeCursor,
  forbidden,
  isCursorUuid,
  isUuid,
  notFound,
  pageSize,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { DocumentEntity } from './document.entities';
import { DocumentsRepository, type DocumentRow } from './documents.repository';
import {
  addMonths,
  DEFAULT_REVIEW_MONTHS,
  documentPatch,
  mayReview,
  reviewTaskKey,
  toDocumentModels,
} from './documents.util';
import type {
  CreateDocumentInput,
  DocumentFilter,
  DocumentModel,
  UpdateDocumentInput,
} from './models/document.models';

/** Documents per client: review cycles and approvals (docs/architecture.md, Documents). Files: DocumentFilesService. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly access: AccessService,
    private readonly documents: DocumentsRepository,
    private readonly rules: ComplianceService,
    private readonly tasks: GeneratedTasksService,
  ) {}

  async create(ctx: RequestContext, input: CreateDocumentInput): Promise<DocumentModel> {
    await this.access.requireClients(ctx, 'documents', 'write', [input.clientId]);
    const doc = await this.documents.insert(ctx, {
      clientId: input.clientId,
      type: input.type,
      title: input.title.trim(),
      reviewIntervalMonths:
        input.reviewIntervalMonths === undefined ? DEFAULT_REVIEW_MONTHS : input.reviewIntervalMonths,
    });
    ctx.audit({
      action: 'document.created',
      entityType: 'document',
      entityId: doc.id,
      clientId: doc.clientId,
      changes: { type: { after: doc.type }, title: { after: doc.title } },
    });
    return this.get(ctx, doc.id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateDocumentInput): Promise<DocumentModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'write', DocumentEntity, id);
    if (doc.status === 'ARCHIVED') throw conflict('The document is archived');
    const { patch, changes } = documentPatch(doc, input);
    if (Object.keys(patch).length === 0) return this.get(ctx, id);
    await this.documents.update(ctx, id, patch);
    ctx.audit({
      action: 'document.updated',
      entityType: 'document',
      entityId: id,
      clientId: doc.clientId,
      changes,
    });
    await this.rules.reevaluate(ctx, [doc.clientId]);
    return this.get(ctx, id);
  }

  /** A DPO approves the current version: the review cycle restarts from now, a due review task closes. */
  async approve(ctx: RequestContext, id: string): Promise<DocumentModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'write', DocumentEntity, id);
    this.requireReviewer(ctx);
    if (doc.status === 'ARCHIVED') throw conflict('The document is archived');
    if (!doc.currentVersionId) throw conflict('Upload a version before approving');
    if (doc.status === 'APPROVED' && doc.approvedVersionId === doc.currentVersionId) return this.get(ctx, id);
    const now = new Date();
    const nextReviewAt = doc.reviewIntervalMonths ? addMonths(now, doc.reviewIntervalMonths) : null;
    await this.documents.update(ctx, id, {
      status: 'APPROVED',
      approvedVersionId: doc.currentVersionId,
      approvedAt: now,
      approvedBy: ctx.principal.userId,
      nextReviewAt,
      returnReason: null,
      updatedAt: now,
    });
    ctx.audit({
      action: 'document.approved',
      entityType: 'document',
      entityId: id,
      clientId: doc.clientId,
      changes: { versionId: doc.currentVersionId, nextReviewAt },
    });
    await this.tasks.close(
      ctx,
      doc.clientId,
      reviewTaskKey(id),
      'Dokument geprüft und freigegeben / Document reviewed and approved',
    );
    await this.rules.reevaluate(ctx, [doc.clientId]);
    return this.get(ctx, id);
  }

  /** A DPO sends an upload back to the client with a reason. */
  async returnForChanges(ctx: RequestContext, id: string, reason: string): Promise<DocumentModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'write', DocumentEntity, id);
    this.requireReviewer(ctx);
    if (doc.status !== 'IN_REVIEW') throw conflict('Only a document in review can be returned');
    const text = reason.trim();
    if (!text) throw badInput({ reason: 'Say what needs to change' });
    await this.documents.update(ctx, id, {
      status: doc.approvedVersionId ? 'APPROVED' : 'DRAFT',
      returnReason: text,
    });
    ctx.audit({
      action: 'document.returned',
      entityType: 'document',
      entityId: id,
      clientId: doc.clientId,
      changes: { reason: text, versionId: doc.currentVersionId },
    });
    return this.get(ctx, id);
  }

  async archive(ctx: RequestContext, id: string): Promise<DocumentModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'delete', DocumentEntity, id);
    if (doc.status !== 'ARCHIVED') {
      await this.documents.update(ctx, id, { status: 'ARCHIVED' });
      ctx.audit({
        action: 'document.archived',
        entityType: 'document',
        entityId: id,
        clientId: doc.clientId,
        changes: { status: { before: doc.status, after: 'ARCHIVED' } },
      });
      await this.tasks.close(ctx, doc.clientId, reviewTaskKey(id), 'Dokument archiviert / Document archived');
      await this.rules.reevaluate(ctx, [doc.clientId]);
    }
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<DocumentModel> {
    this.access.require(ctx, 'documents', 'read');
    if (!isUuid(id)) throw notFound();
    const row = await this.documents.find(ctx, id);
    if (!row || (ctx.clientScope && row.client_id !== ctx.clientScope)) throw notFound();
    return (await this.withVersions(ctx, [row]))[0];
  }

  /** A client's documents, or (clientId null) the whole portfolio's, e.g. every review due. */
  async list(
    ctx: RequestContext,
    clientId: string | null,
    filter: DocumentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<DocumentModel>> {
    if (clientId) await this.access.requireClients(ctx, 'documents', 'read', [clientId]);
    else this.access.require(ctx, 'documents', 'read');
    const limit = pageSize(first);
    const cursor = decodeCursor(after, [isCursorUuid]) as [string] | null;
    const { rows, total } = await this.documents.page(
      ctx,
      clientId ?? ctx.clientScope,
      filter,
      limit,
      cursor ? cursor[0] : null,
    );
    const page = await this.withVersions(ctx, rows.slice(0, limit));
    const edges = page.map((node) => ({ cursor: encodeCursor([node.id]), node }));
    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: Boolean(cursor),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Job: approved documents past their review date become EXPIRED, each with one open review task. */
  async markDueReviews(ctx: RequestContext, now: Date): Promise<number> {
    const due = await this.documents.expireDue(ctx, now);
    // Also documents already EXPIRED (e.g. whose task was closed by hand): opening is idempotent per key.
    const open = await this.documents.expired(ctx, now);
    for (const doc of open) {
      await this.tasks.open(ctx, {
        clientId: doc.client_id,
        source: 'DOCUMENT_REVIEW',
        key: reviewTaskKey(doc.id),
        title: `Dokument prüfen: ${doc.title}`,
        description: `Der Prüftermin (${doc.next_review_at.toISOString().slice(0, 10)}) ist überschritten. Review due: "${doc.title}".`,
        priority: 'MEDIUM',
        dueAt: new Date(now.getTime() + 14 * 86_400_000),
      });
    }
    for (const doc of due)
      ctx.audit({
        action: 'document.review_due',
        entityType: 'document',
        entityId: doc.id,
        clientId: doc.client_id,
        changes: { nextReviewAt: doc.next_review_at },
      });
    const clients = [...new Set(open.map((d) => d.client_id))];
    if (clients.length > 0) await this.rules.reevaluate(ctx, clients);
    return due.length;
  }

  private requireReviewer(ctx: RequestContext): void {
    if (!mayReview(ctx.principal)) throw forbidden('Only the firm’s DPOs approve or return documents');
  }

  private async withVersions(ctx: RequestContext, rows: DocumentRow[]): Promise<DocumentModel[]> {
    if (rows.length === 0) return [];
    const versions = await this.documents.versionsOf(
      ctx,
      rows.map((r) => r.id),
    );
    return toDocumentModels(rows, versions, Date.now());
  }
}
