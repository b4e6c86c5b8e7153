import type { Principal } from '@klarsicht/api-core';
import type { DocumentEntity, DocumentVersion } from './document.entities';
import type { DocumentModel, DocumentVersionModel, UpdateDocumentInput } from './models/document.models';
import type { DocumentRow } from './documents.repository';

/** Review cycle of a new document when none is given (docs/architecture.md, Documents). */
export const DEFAULT_REVIEW_MONTHS = 12;

/** The generated task that asks for a document's review: one per document. */
export const reviewTaskKey = (documentId: string): string => `document-review:${documentId}`;

export const addMonths = (from: Date, months: number): Date => {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/** Only the firm's DPOs (owner or DPO, signed in, not an API key) approve or return documents. */
export const mayReview = (principal: Principal): boolean =>
  !principal.scopes && (principal.role === 'OWNER' || principal.role === 'DPO');

type DocumentPatch = Partial<
  Pick<DocumentEntity, 'title' | 'type' | 'reviewIntervalMonths' | 'nextReviewAt'>
>;

/** What an edit changes: a new review interval moves the next review of an approved document with it. */
export const documentPatch = (
  doc: DocumentEntity,
  input: UpdateDocumentInput,
): { patch: DocumentPatch; changes: Record<string, { before: unknown; after: unknown }> } => {
  const patch: DocumentPatch = {};
  if (input.title) patch.title = input.title.trim();
  if (input.type) patch.type = input.type;
  if (input.reviewIntervalMonths !== undefined) {
    patch.reviewIntervalMonths = input.reviewIntervalMonths;
    if (doc.approvedAt)
      patch.nextReviewAt = input.reviewIntervalMonths
        ? addMonths(doc.approvedAt, input.reviewIntervalMonths)
        : null;
  }
  const changes = Object.fromEntries(
    (Object.keys(patch) as (keyof DocumentPatch)[]).map((k) => [k, { before: doc[k], after: patch[k] }]),
  );
  return { patch, changes };
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

/** Documents with their versions (newest first); `reviewDue` as of `now`. */
export const toDocumentModels = (
  rows: readonly DocumentRow[],
  versions: readonly DocumentVersion[],
  now: number,
): DocumentModel[] => {
  const byDocument = new Map<string, DocumentVersionModel[]>();
  for (const v of versions)
    byDocument.set(v.documentId, [...(byDocument.get(v.documentId) ?? []), toVersionModel(v)]);
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
};
