import { testPrincipal } from '@klarsicht/api-core/testing';
import { DocumentEntity, DocumentVersion } from './document.entities';
import type { DocumentRow } from './documents.repository';
import { addMonths, documentPatch, mayReview, toDocumentModels } from './documents.util';

const row = (values: Partial<DocumentRow>): DocumentRow => ({
  id: 'd1',
  client_id: 'c1',
  client_name: 'Muster GmbH',
  type: 'PROCESSING_RECORD',
  title: 'VVT',
  status: 'APPROVED',
  review_interval_months: 12,
  next_review_at: null,
  approved_at: null,
  approved_version_id: null,
  current_version_id: null,
  return_reason: null,
  created_at: new Date(0),
  updated_at: new Date(0),
  ...values,
});

const version = (id: string, documentId: string, n: number): DocumentVersion =>
  Object.assign(new DocumentVersion(), {
    id,
    documentId,
    version: n,
    filename: `v${n}.pdf`,
    contentType: 'application/pdf',
    size: '42',
    sha256: 'ab',
    uploadedBy: null,
    createdAt: new Date(0),
  });

describe('documents.util', () => {
  it('addMonths counts calendar months in UTC (past the month end it rolls over like Date does)', () => {
    expect(addMonths(new Date('2026-01-15T10:00:00Z'), 12)).toEqual(new Date('2027-01-15T10:00:00Z'));
    expect(addMonths(new Date('2026-01-31T00:00:00Z'), 1)).toEqual(new Date('2026-03-03T00:00:00Z'));
  });

  it('mayReview: owners and DPOs signed in, never an API key or another role', () => {
    expect(mayReview(testPrincipal({ role: 'OWNER' }))).toBe(true);
    expect(mayReview(testPrincipal({ role: 'DPO' }))).toBe(true);
    expect(mayReview(testPrincipal({ role: 'ASSISTANT' }))).toBe(false);
    expect(mayReview(testPrincipal({ role: 'CLIENT_ADMIN', clientId: 'c1' }))).toBe(false);
    expect(mayReview(testPrincipal({ role: 'OWNER', scopes: ['documents:write'] }))).toBe(false);
  });

  it('documentPatch trims the title and keeps the next review of an unapproved document', () => {
    const doc = Object.assign(new DocumentEntity(), {
      title: 'Alt',
      reviewIntervalMonths: 12,
      approvedAt: null,
      nextReviewAt: null,
    });
    expect(documentPatch(doc, { title: '  Neu ', reviewIntervalMonths: null })).toEqual({
      patch: { title: 'Neu', reviewIntervalMonths: null },
      changes: { title: { before: 'Alt', after: 'Neu' }, reviewIntervalMonths: { before: 12, after: null } },
    });
  });

  it('documentPatch: no interval on an approved document means no next review', () => {
    const doc = Object.assign(new DocumentEntity(), {
      reviewIntervalMonths: 12,
      approvedAt: new Date('2026-01-01T00:00:00Z'),
      nextReviewAt: new Date('2027-01-01T00:00:00Z'),
    });
    expect(documentPatch(doc, { reviewIntervalMonths: null }).patch).toEqual({
      reviewIntervalMonths: null,
      nextReviewAt: null,
    });
  });

  it('toDocumentModels: versions newest first per document, the current one picked, reviewDue as of now', () => {
    const now = Date.parse('2026-12-06T00:00:00Z');
    const models = toDocumentModels(
      [
        row({ id: 'd1', current_version_id: 'v2', next_review_at: new Date('2026-12-01T00:00:00Z') }),
        row({ id: 'd2', status: 'ARCHIVED', next_review_at: new Date('2026-12-01T00:00:00Z') }),
        row({ id: 'd3', next_review_at: new Date('2027-01-01T00:00:00Z') }),
      ],
      [version('v2', 'd1', 2), version('v1', 'd1', 1)],
      now,
    );
    expect(
      models.map((m) => [m.id, m.reviewDue, m.versions.map((v) => v.version), m.currentVersion?.id ?? null]),
    ).toEqual([
      ['d1', true, [2, 1], 'v2'],
      ['d2', false, [], null],
      ['d3', false, [], null],
    ]);
    expect(models[0].currentVersion).toMatchObject({
      size: 42,
      downloadUrl: '/api/document-versions/v2/content',
    });
  });
});
