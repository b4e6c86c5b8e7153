import { AccessService, AppError, type RequestContext } from '@klarsicht/api-core';
import { stubOf, testContext } from '@klarsicht/api-core/testing';
import { ComplianceService } from '@klarsicht/api-compliance';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { DocumentEntity } from './document.entities';
import { DocumentsRepository, type DocumentRow } from './documents.repository';
import { DocumentsService } from './documents.service';

const CLIENT = '00000000-0000-7000-8000-0000000000c1';
const DOC = '00000000-0000-7000-8000-0000000000d1';
const VERSION = '00000000-0000-7000-8000-0000000000e1';

const documentOf = (values: Partial<DocumentEntity>): DocumentEntity =>
  Object.assign(new DocumentEntity(), {
    id: DOC,
    clientId: CLIENT,
    type: 'PROCESSING_RECORD',
    title: 'VVT',
    status: 'IN_REVIEW',
    reviewIntervalMonths: 12,
    nextReviewAt: null,
    currentVersionId: VERSION,
    approvedVersionId: null,
    approvedAt: null,
    approvedBy: null,
    returnReason: null,
    ...values,
  });

const rowOf = (doc: DocumentEntity): DocumentRow => ({
  id: doc.id,
  client_id: doc.clientId,
  client_name: 'Muster GmbH',
  type: 'PROCESSING_RECORD',
  title: doc.title,
  status: doc.status,
  review_interval_months: doc.reviewIntervalMonths,
  next_review_at: doc.nextReviewAt,
  approved_at: doc.approvedAt,
  approved_version_id: doc.approvedVersionId,
  current_version_id: doc.currentVersionId,
  return_reason: doc.returnReason,
  created_at: new Date(),
  updated_at: new Date(),
});

const setup = (doc: DocumentEntity) => {
  const access = new AccessService();
  jest.spyOn(access, 'requireRecord').mockImplementation(async () => doc);
  const documents = stubOf(DocumentsRepository);
  documents.find.mockResolvedValue(rowOf(doc));
  documents.versionsOf.mockResolvedValue([]);
  const rules = stubOf(ComplianceService);
  const tasks = stubOf(GeneratedTasksService);
  return { sut: new DocumentsService(access, documents, rules, tasks), documents, rules, tasks };
};

const codeOf = async (work: Promise<unknown>): Promise<string> => {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : String(error);
};

describe(DocumentsService.name, () => {
  let ctx: RequestContext;
  beforeEach(() => (ctx = testContext()));

  describe('approve', () => {
    it('restarts the review cycle from now, closes the review task and re-evaluates the client', async () => {
      const { sut, documents, rules, tasks } = setup(documentOf({}));
      const before = Date.now();
      await sut.approve(ctx, DOC);
      const [, id, patch] = documents.update.mock.calls[0];
      expect(id).toBe(DOC);
      expect(patch).toMatchObject({
        status: 'APPROVED',
        approvedVersionId: VERSION,
        approvedBy: ctx.principal.userId,
        returnReason: null,
      });
      const months = (patch.nextReviewAt!.getTime() - before) / (30.44 * 86_400_000);
      expect(months).toBeGreaterThan(11.8);
      expect(months).toBeLessThan(12.2);
      expect(tasks.close).toHaveBeenCalledWith(
        ctx,
        CLIENT,
        `document-review:${DOC}`,
        expect.stringContaining('freigegeben'),
      );
      expect(rules.reevaluate).toHaveBeenCalledWith(ctx, [CLIENT]);
      expect(ctx.audit).toHaveBeenCalledWith(
        expect.objectContaining({ action: 'document.approved', entityId: DOC, clientId: CLIENT }),
      );
    });

    it('without a review interval sets no next review', async () => {
      const { sut, documents } = setup(documentOf({ reviewIntervalMonths: null }));
      await sut.approve(ctx, DOC);
      expect(documents.update.mock.calls[0][2].nextReviewAt).toBeNull();
    });

    it('is a no-op for the version that is already approved', async () => {
      const { sut, documents, tasks } = setup(documentOf({ status: 'APPROVED', approvedVersionId: VERSION }));
      await sut.approve(ctx, DOC);
      expect(documents.update).not.toHaveBeenCalled();
      expect(tasks.close).not.toHaveBeenCalled();
      expect(ctx.audit).not.toHaveBeenCalled();
    });

    it.each([
      ['an archived document', documentOf({ status: 'ARCHIVED' }), 'CONFLICT'],
      ['a document without a version', documentOf({ currentVersionId: null }), 'CONFLICT'],
    ])('refuses %s', async (_what, doc, code) => {
      const { sut, documents } = setup(doc);
      expect(await codeOf(sut.approve(ctx, DOC))).toBe(code);
      expect(documents.update).not.toHaveBeenCalled();
    });

    it.each([
      ['an assistant', { role: 'ASSISTANT' as const }],
      ['a client admin', { role: 'CLIENT_ADMIN' as const, clientId: CLIENT }],
      ['an API key of the firm', { role: 'OWNER' as const, scopes: ['documents:write' as const] }],
    ])('is only for the firm’s DPOs, not %s', async (_who, principal) => {
      ctx = testContext(principal);
      const { sut, documents } = setup(documentOf({}));
      expect(await codeOf(sut.approve(ctx, DOC))).toBe('FORBIDDEN');
      expect(documents.update).not.toHaveBeenCalled();
    });
  });

  describe('returnForChanges', () => {
    it('goes back to the approved state when an earlier version was approved, else to draft', async () => {
      const first = setup(documentOf({ approvedVersionId: '00000000-0000-7000-8000-0000000000e0' }));
      await first.sut.returnForChanges(ctx, DOC, '  Bitte Anlage 2 ergänzen ');
      expect(first.documents.update.mock.calls[0][2]).toEqual({
        status: 'APPROVED',
        returnReason: 'Bitte Anlage 2 ergänzen',
      });
      const second = setup(documentOf({}));
      await second.sut.returnForChanges(ctx, DOC, 'Fehlt');
      expect(second.documents.update.mock.calls[0][2]).toEqual({ status: 'DRAFT', returnReason: 'Fehlt' });
    });

    it('needs a reason and a document in review', async () => {
      expect(await codeOf(setup(documentOf({})).sut.returnForChanges(ctx, DOC, '   '))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await codeOf(setup(documentOf({ status: 'DRAFT' })).sut.returnForChanges(ctx, DOC, 'x'))).toBe(
        'CONFLICT',
      );
    });
  });

  describe('update', () => {
    it('writes nothing for an empty edit', async () => {
      const { sut, documents, rules } = setup(documentOf({}));
      await sut.update(ctx, DOC, {});
      expect(documents.update).not.toHaveBeenCalled();
      expect(rules.reevaluate).not.toHaveBeenCalled();
    });

    it('moves the next review of an approved document with its new interval', async () => {
      const approvedAt = new Date('2026-01-15T10:00:00Z');
      const { sut, documents, rules } = setup(documentOf({ status: 'APPROVED', approvedAt }));
      await sut.update(ctx, DOC, { reviewIntervalMonths: 6 });
      expect(documents.update).toHaveBeenCalledWith(ctx, DOC, {
        reviewIntervalMonths: 6,
        nextReviewAt: new Date('2026-07-15T10:00:00Z'),
      });
      expect(ctx.audit).toHaveBeenCalledWith(
        expect.objectContaining({
          action: 'document.updated',
          changes: {
            reviewIntervalMonths: { before: 12, after: 6 },
            nextReviewAt: { before: null, after: new Date('2026-07-15T10:00:00Z') },
          },
        }),
      );
      expect(rules.reevaluate).toHaveBeenCalledWith(ctx, [CLIENT]);
    });

    it('refuses an archived document', async () => {
      expect(
        await codeOf(setup(documentOf({ status: 'ARCHIVED' })).sut.update(ctx, DOC, { title: 'Neu' })),
      ).toBe('CONFLICT');
    });
  });

  describe('markDueReviews', () => {
    it('opens one review task per expired document, audits the newly due ones and re-evaluates each client once', async () => {
      const { sut, documents, rules, tasks } = setup(documentOf({}));
      const now = new Date('2026-12-06T06:00:00Z');
      const due = {
        id: DOC,
        client_id: CLIENT,
        title: 'VVT',
        next_review_at: new Date('2026-12-01T00:00:00Z'),
      };
      const older = {
        id: '00000000-0000-7000-8000-0000000000d2',
        client_id: CLIENT,
        title: 'DSFA',
        next_review_at: new Date('2026-11-01T00:00:00Z'),
      };
      documents.expireDue.mockResolvedValue([due]);
      documents.expired.mockResolvedValue([due, older]);
      expect(await sut.markDueReviews(ctx, now)).toBe(1);
      expect(tasks.open).toHaveBeenCalledTimes(2);
      expect(tasks.open).toHaveBeenCalledWith(
        ctx,
        expect.objectContaining({
          key: `document-review:${DOC}`,
          source: 'DOCUMENT_REVIEW',
          dueAt: new Date('2026-12-20T06:00:00Z'),
        }),
      );
      expect(ctx.audit).toHaveBeenCalledTimes(1);
      expect(ctx.audit).toHaveBeenCalledWith(
        expect.objectContaining({ action: 'document.review_due', entityId: DOC }),
      );
      expect(rules.reevaluate).toHaveBeenCalledTimes(1);
      expect(rules.reevaluate).toHaveBeenCalledWith(ctx, [CLIENT]);
    });
  });
});
