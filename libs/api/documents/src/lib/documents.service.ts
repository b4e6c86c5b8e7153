import { Inject, Injectable, Logger, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import {
  AccessService,
  APP_CONFIG,
  badInput,
  conflict,
  decodeCursor,
  isCursorUuid,
  encodeCursor,
  forbidden,
  isUuid,
  newId,
  notFound,
  pageSize,
  type AppConfig,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import type { DocumentType } from '@klarsicht/compliance-rules';
import { cleanFilename, SNIFF_BYTES, sniffContentType } from './content-sniffing';
import { DocumentEntity, DocumentVersion, type DocumentStatus } from './document.entities';
import type { CreateDocumentInput, DocumentFilter, DocumentModel, DocumentVersionModel, UpdateDocumentInput } from './models/document.models';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage';

type DocumentRow = {
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

const DOCUMENT_COLUMNS = `d.id, d.client_id, c.name AS client_name, d.type, d.title, d.status, d.review_interval_months, d.next_review_at, d.approved_at,
  d.approved_version_id, d.current_version_id, d.return_reason, d.created_at, d.updated_at`;
const DEFAULT_REVIEW_MONTHS = 12;
const reviewTaskKey = (documentId: string): string => `document-review:${documentId}`;
const addMonths = (from: Date, months: number): Date => {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

export const toVersionModel = (v: DocumentVersion): DocumentVersionModel => ({
  id: v.id,
  documentId: v.documentId,
  version: v.version,
  filename: v.filename,
  contentType: v.contentType,
  size: Number(v.size),
  sha256: v.sha256,
  uploadedBy: v.uploadedBy,
  uploadedAt: v.createdAt,
  downloadUrl: `/api/document-versions/${v.id}/content`,
});

/** Documents per client: versions in a FileStorage, review cycles, approvals (DESIGN §5). */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly access: AccessService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rules: ComplianceService,
    private readonly tasks: GeneratedTasksService,
  ) {}

  async create(ctx: RequestContext, input: CreateDocumentInput): Promise<DocumentModel> {
    await this.access.requireClients(ctx, 'documents', 'write', [input.clientId]);
    const repo = await ctx.repo(DocumentEntity);
    const doc = repo.create({
      tenantId: ctx.tenantId,
      clientId: input.clientId,
      type: input.type,
      title: input.title.trim(),
      status: 'DRAFT',
      reviewIntervalMonths: input.reviewIntervalMonths === undefined ? DEFAULT_REVIEW_MONTHS : input.reviewIntervalMonths,
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
    ctx.audit({ action: 'document.created', entityType: 'document', entityId: doc.id, clientId: doc.clientId, changes: { type: { after: doc.type }, title: { after: doc.title } } });
    return this.get(ctx, doc.id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateDocumentInput): Promise<DocumentModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'write', DocumentEntity, id);
    if (doc.status === 'ARCHIVED') throw conflict('The document is archived');
    const patch: Partial<DocumentEntity> = {};
    if (input.title) patch.title = input.title.trim();
    if (input.type) patch.type = input.type;
    if (input.reviewIntervalMonths !== undefined) {
      patch.reviewIntervalMonths = input.reviewIntervalMonths;
      if (doc.approvedAt) patch.nextReviewAt = input.reviewIntervalMonths ? addMonths(doc.approvedAt, input.reviewIntervalMonths) : null;
    }
    if (Object.keys(patch).length === 0) return this.get(ctx, id);
    await (await ctx.repo(DocumentEntity)).update({ id }, { ...patch, updatedAt: new Date() });
    const changes = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { before: (doc as unknown as Record<string, unknown>)[k], after: v }]));
    ctx.audit({ action: 'document.updated', entityType: 'document', entityId: id, clientId: doc.clientId, changes });
    await this.afterChange(ctx, doc.clientId);
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
    await (await ctx.repo(DocumentEntity)).update(
      { id },
      { status: 'APPROVED', approvedVersionId: doc.currentVersionId, approvedAt: now, approvedBy: ctx.principal.userId, nextReviewAt, returnReason: null, updatedAt: now },
    );
    ctx.audit({ action: 'document.approved', entityType: 'document', entityId: id, clientId: doc.clientId, changes: { versionId: doc.currentVersionId, nextReviewAt } });
    await this.tasks.close(ctx, doc.clientId, reviewTaskKey(id), 'Dokument geprüft und freigegeben / Document reviewed and approved');
    await this.afterChange(ctx, doc.clientId);
    return this.get(ctx, id);
  }

  /** A DPO sends an upload back to the client with a reason. */
  async returnForChanges(ctx: RequestContext, id: string, reason: string): Promise<DocumentModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'write', DocumentEntity, id);
    this.requireReviewer(ctx);
    if (doc.status !== 'IN_REVIEW') throw conflict('Only a document in review can be returned');
    const text = reason.trim();
    if (!text) throw badInput({ reason: 'Say what needs to change' });
    await (await ctx.repo(DocumentEntity)).update({ id }, { status: doc.approvedVersionId ? 'APPROVED' : 'DRAFT', returnReason: text, updatedAt: new Date() });
    ctx.audit({ action: 'document.returned', entityType: 'document', entityId: id, clientId: doc.clientId, changes: { reason: text, versionId: doc.currentVersionId } });
    return this.get(ctx, id);
  }

  async archive(ctx: RequestContext, id: string): Promise<DocumentModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'delete', DocumentEntity, id);
    if (doc.status !== 'ARCHIVED') {
      await (await ctx.repo(DocumentEntity)).update({ id }, { status: 'ARCHIVED', updatedAt: new Date() });
      ctx.audit({ action: 'document.archived', entityType: 'document', entityId: id, clientId: doc.clientId, changes: { status: { before: doc.status, after: 'ARCHIVED' } } });
      await this.tasks.close(ctx, doc.clientId, reviewTaskKey(id), 'Dokument archiviert / Document archived');
      await this.afterChange(ctx, doc.clientId);
    }
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<DocumentModel> {
    this.access.require(ctx, 'documents', 'read');
    if (!isUuid(id)) throw notFound();
    const [row] = await ctx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM document d JOIN client c ON c.id = d.client_id WHERE d.id = $1`, [id]);
    if (!row || (ctx.clientScope && row.client_id !== ctx.clientScope)) throw notFound();
    return (await this.withVersions(ctx, [row]))[0];
  }

  /** A client's documents, or (clientId null) the whole portfolio's, e.g. every review due. */
  async list(ctx: RequestContext, clientId: string | null, filter: DocumentFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<DocumentModel>> {
    if (clientId) await this.access.requireClients(ctx, 'documents', 'read', [clientId]);
    else this.access.require(ctx, 'documents', 'read');
    const limit = pageSize(first, 200);
    const where: string[] = ["d.status <> 'ARCHIVED' OR $1::text = 'ARCHIVED'"];
    const params: unknown[] = [filter?.status ?? null];
    const scope = clientId ?? ctx.clientScope;
    if (scope) where.push(`d.client_id = $${params.push(scope)}`);
    if (filter?.type) where.push(`d.type = $${params.push(filter.type)}`);
    if (filter?.status) where.push(`d.status = $1`);
    if (filter?.reviewDue) where.push(`d.next_review_at <= now()`);
    const countWhere = [...where];
    const countParams = [...params];
    const cursor = decodeCursor(after, [isCursorUuid]);
    if (cursor) where.push(`d.id < $${params.push(cursor[0])}`);
    const sql = (w: string[]): string => w.map((c) => `(${c})`).join(' AND ');
    const rows = await ctx.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM document d JOIN client c ON c.id = d.client_id WHERE ${sql(where)} ORDER BY d.id DESC LIMIT ${limit + 1}`, params);
    const [{ count }] = await ctx.query<{ count: number }>(`SELECT count(*)::int AS count FROM document d WHERE ${sql(countWhere)}`, countParams);
    const page = await this.withVersions(ctx, rows.slice(0, limit));
    const edges = page.map((node) => ({ cursor: encodeCursor([node.id]), node }));
    return { edges, totalCount: count, pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(cursor), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  // ── files ──────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Streams an upload into storage under a generated key while hashing it; the type is sniffed from the first
   * bytes against the allow-list. Throws 413 past the size limit and 415 for anything not allowed; nothing stays
   * stored then. The new version puts the document IN_REVIEW.
   */
  async upload(ctx: RequestContext, documentId: string, file: Readable & { truncated?: boolean }, rawFilename: string | undefined): Promise<DocumentVersionModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'write', DocumentEntity, documentId);
    if (doc.status === 'ARCHIVED') throw conflict('The document is archived');
    const filename = cleanFilename(rawFilename);
    const max = this.config.DOCUMENT_MAX_BYTES;
    const versionId = newId();
    const key = `${ctx.tenantId}/${documentId}/${versionId}`;
    const hash = createHash('sha256');
    let size = 0;
    let contentType: string | null = null;
    const inspect = async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      let head: Buffer[] = [];
      let headBytes = 0;
      const check = async (): Promise<Buffer[]> => {
        contentType = await sniffContentType(Buffer.concat(head), filename);
        if (!contentType) throw new UnsupportedMediaTypeException('This file type is not allowed: PDF, PNG, JPEG, DOCX, XLSX, ODT, TXT or CSV');
        const out = head;
        head = [];
        return out;
      };
      for await (const chunk of source) {
        size += chunk.length;
        if (size > max) throw new PayloadTooLargeException(`The file is larger than ${max} bytes`);
        hash.update(chunk);
        if (contentType) {
          yield chunk;
          continue;
        }
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= SNIFF_BYTES) yield* await check();
      }
      if (!contentType) yield* await check();
    };
    try {
      await this.storage.put(key, Readable.from(inspect(file)));
    } catch (error) {
      file.resume();
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
    if (file.truncated) {
      await this.storage.delete(key).catch(() => undefined);
      throw new PayloadTooLargeException(`The file is larger than ${max} bytes`);
    }
    try {
      const [{ next }] = await ctx.query<{ next: number }>(`SELECT coalesce(max(version), 0) + 1 AS next FROM document_version WHERE document_id = $1`, [documentId]);
      const versions = await ctx.repo(DocumentVersion);
      const version = versions.create({ id: versionId, tenantId: ctx.tenantId, clientId: doc.clientId, documentId, version: next, storageKey: key, filename, contentType: contentType as unknown as string, size: String(size), sha256: hash.digest('hex'), uploadedBy: ctx.principal.userId });
      await versions.insert(version);
      await (await ctx.repo(DocumentEntity)).update({ id: documentId }, { currentVersionId: versionId, status: 'IN_REVIEW', returnReason: null, updatedAt: new Date() });
      ctx.audit({ action: 'document.version_uploaded', entityType: 'document', entityId: documentId, clientId: doc.clientId, changes: { versionId, version: next, filename, contentType, size, sha256: version.sha256 } });
      return toVersionModel(version);
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  /** The stored bytes of a version, checked against the recorded SHA-256 while they stream (audited). */
  async download(ctx: RequestContext, versionId: string): Promise<{ version: DocumentVersion; body: Readable }> {
    const version = await this.access.requireRecord(ctx, 'documents', 'read', DocumentVersion, versionId);
    ctx.audit({ action: 'document.downloaded', entityType: 'document', entityId: version.documentId, clientId: version.clientId, changes: { versionId, sha256: version.sha256 } });
    const stored = await this.storage.get(version.storageKey);
    const hash = createHash('sha256');
    const logger = this.logger;
    // The last chunk is held back until the whole file matched its SHA-256: a corrupted file never arrives complete.
    let held: Buffer | null = null;
    const verify = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        const previous = held;
        held = chunk;
        done(null, previous ?? undefined);
      },
      flush(done) {
        const actual = hash.digest('hex');
        if (actual !== version.sha256) {
          logger.error(`Checksum mismatch for document version ${version.id}: stored ${actual}, recorded ${version.sha256}`);
          done(new Error('Stored file does not match its checksum'));
        } else done(null, held ?? undefined);
      },
    });
    stored.on('error', (error) => verify.destroy(error));
    return { version, body: stored.pipe(verify) };
  }

  // ── jobs and rules ─────────────────────────────────────────────────────────────────────────────────────────

  /** Approved documents past their review date become EXPIRED, each with one open review task. */
  async markDueReviews(ctx: RequestContext, now: Date): Promise<number> {
    const due = await ctx.query<{ id: string; client_id: string; title: string; next_review_at: Date }>(
      `WITH due AS (UPDATE document SET status = 'EXPIRED', updated_at = $1 WHERE status = 'APPROVED' AND next_review_at <= $1 RETURNING id, client_id, title, next_review_at)
       SELECT * FROM due`,
      [now],
    );
    // Also documents already EXPIRED (e.g. whose task was closed by hand): opening is idempotent per key.
    const open = await ctx.query<{ id: string; client_id: string; title: string; next_review_at: Date }>(
      `SELECT id, client_id, title, next_review_at FROM document WHERE status = 'EXPIRED' AND next_review_at <= $1`,
      [now],
    );
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
    for (const doc of due) ctx.audit({ action: 'document.review_due', entityType: 'document', entityId: doc.id, clientId: doc.client_id, changes: { nextReviewAt: doc.next_review_at } });
    const clients = [...new Set(open.map((d) => d.client_id))];
    for (const clientId of clients) await this.afterChange(ctx, clientId);
    return due.length;
  }

  private async afterChange(ctx: RequestContext, clientId: string): Promise<void> {
    await ctx.query(
      `UPDATE client SET next_review_at = (SELECT min(next_review_at) FROM document WHERE client_id = $1 AND status <> 'ARCHIVED') WHERE id = $1`,
      [clientId],
    );
    await this.rules.reevaluate(ctx, [clientId]);
  }

  private requireReviewer(ctx: RequestContext): void {
    const role = ctx.principal.role;
    if (ctx.principal.scopes || (role !== 'OWNER' && role !== 'DPO')) throw forbidden('Only the firm’s DPOs approve or return documents');
  }

  private async withVersions(ctx: RequestContext, rows: DocumentRow[]): Promise<DocumentModel[]> {
    if (rows.length === 0) return [];
    const versions = await (await ctx.repo(DocumentVersion))
      .createQueryBuilder('v')
      .where('v.document_id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .orderBy('v.version', 'DESC')
      .getMany();
    const byDocument = new Map<string, DocumentVersionModel[]>();
    for (const v of versions) byDocument.set(v.documentId, [...(byDocument.get(v.documentId) ?? []), toVersionModel(v)]);
    const now = Date.now();
    return rows.map((r) => {
      const list = byDocument.get(r.id) ?? [];
      return {
        id: r.id,
        clientId: r.client_id,
        clientName: r.client_name,
        type: r.type,
        title: r.title,
        status: r.status,
        reviewIntervalMonths: r.review_interval_months,
        nextReviewAt: r.next_review_at,
        reviewDue: r.status !== 'ARCHIVED' && r.next_review_at !== null && r.next_review_at.getTime() <= now,
        approvedAt: r.approved_at,
        approvedVersionId: r.approved_version_id,
        returnReason: r.return_reason,
        currentVersion: list.find((v) => v.id === r.current_version_id) ?? null,
        versions: list,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    });
  }
}
