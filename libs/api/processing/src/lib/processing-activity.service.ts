import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  conflict,
  contextLoader,
  decodeCursor,
  forbidden,
  isCursorUuid,
  isUuid,
  notFound,
  pageSize,
  toConnection,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { addMonths, DEFAULT_REVIEW_MONTHS, mayReview } from '@klarsicht/api-documents';
import type { ProcessingRecord } from '@klarsicht/compliance-rules';
import type {
  CreateProcessingActivityInput,
  ProcessingActivitiesArgs,
  UpdateProcessingActivityInput,
} from './dto/processing.inputs';
import type {
  ProcessingActivityModel,
  ProcessingActivityVersionModel,
} from './models/processing-activity.model';
import {
  ProcessingActivityRepository,
  type ActivityPatch,
  type ActivityRow,
} from './processing-activity.repository';
import { processingReviewTaskKey } from './processing-review';
import { TomService } from './toms/tom.service';
import { changedFields, toActivityModel, toRecord, toVersionModel } from './processing.util';

const VERSIONS_LOADER = 'processing:versions';

/**
 * The record of processing activities (Art. 30 DSGVO; docs/registers.md): versioned activities per client,
 * DRAFT → IN_REVIEW → APPROVED with the documents' approval roles (client users draft and submit, the firm's
 * OWNER or DPO approves). Access area: `documents`. Templates: ProcessingTemplateService.
 */
@Injectable()
export class ProcessingActivityService {
  constructor(
    private readonly access: AccessService,
    private readonly activities: ProcessingActivityRepository,
    private readonly rules: ComplianceService,
    private readonly tasks: GeneratedTasksService,
    private readonly toms: TomService,
  ) {}

  async create(ctx: RequestContext, input: CreateProcessingActivityInput): Promise<ProcessingActivityModel> {
    await this.access.requireClients(ctx, 'documents', 'write', [input.clientId]);
    const record = toRecord(input.record);
    const [id] = await this.createMany(
      ctx,
      [input.clientId],
      () => record,
      input.reviewIntervalMonths === undefined ? DEFAULT_REVIEW_MONTHS : input.reviewIntervalMonths,
      null,
    );
    return this.get(ctx, id);
  }

  /**
   * One new DRAFT activity per client with the record `recordFor` gives it; audited, rules re-evaluated once.
   * The caller has checked access to every client.
   */
  async createMany(
    ctx: RequestContext,
    clientIds: readonly string[],
    recordFor: (clientId: string) => ProcessingRecord,
    reviewIntervalMonths: number | null,
    templateId: string | null,
  ): Promise<string[]> {
    const ids: string[] = [];
    const catalogue = await this.toms.measureIds(ctx);
    for (const clientId of clientIds) {
      const record = recordFor(clientId);
      await this.checkLinks(ctx, record, catalogue);
      const id = await this.activities.insert(ctx, { clientId, record, reviewIntervalMonths, templateId });
      ctx.audit({
        action: 'processing_activity.created',
        entityType: 'processing_activity',
        entityId: id,
        clientId,
        changes: { name: { after: record.name }, version: { after: 1 }, templateId: { after: templateId } },
      });
      ids.push(id);
    }
    await this.rules.reevaluate(ctx, clientIds);
    return ids;
  }

  /** A new record is a new DRAFT version (the approved one stays in force until the new one is approved). */
  async update(
    ctx: RequestContext,
    id: string,
    input: UpdateProcessingActivityInput,
  ): Promise<ProcessingActivityModel> {
    const row = await this.requireActivity(ctx, id, 'write', true);
    const patch: ActivityPatch = {};
    const changes: Record<string, unknown> = {};
    if (input.record) {
      const record = toRecord(input.record);
      const fields = changedFields(row.record, record);
      if (fields.length > 0) {
        await this.checkLinks(ctx, record, await this.toms.measureIds(ctx));
        const version = row.current_version + 1;
        await this.activities.insertVersion(ctx, id, row.client_id, version, record);
        patch.current_version = version;
        patch.status = 'DRAFT';
        changes['version'] = { before: row.current_version, after: version };
        changes['fields'] = fields;
      }
    }
    if (
      input.reviewIntervalMonths !== undefined &&
      input.reviewIntervalMonths !== row.review_interval_months
    ) {
      patch.review_interval_months = input.reviewIntervalMonths;
      if (row.approved_at)
        patch.next_review_at = input.reviewIntervalMonths
          ? addMonths(row.approved_at, input.reviewIntervalMonths)
          : null;
      changes['reviewIntervalMonths'] = {
        before: row.review_interval_months,
        after: input.reviewIntervalMonths,
      };
    }
    if (Object.keys(patch).length === 0) return this.get(ctx, id);
    await this.activities.update(ctx, id, patch);
    ctx.audit({
      action: 'processing_activity.updated',
      entityType: 'processing_activity',
      entityId: id,
      clientId: row.client_id,
      changes,
    });
    await this.rules.reevaluate(ctx, [row.client_id]);
    return this.get(ctx, id);
  }

  /** Hand the current draft to the firm for approval (client users may). */
  async submit(ctx: RequestContext, id: string): Promise<ProcessingActivityModel> {
    const row = await this.requireActivity(ctx, id, 'write', true);
    if (row.status !== 'DRAFT') throw conflict('Only a draft can be submitted');
    await this.activities.update(ctx, id, { status: 'IN_REVIEW' });
    ctx.audit({
      action: 'processing_activity.submitted',
      entityType: 'processing_activity',
      entityId: id,
      clientId: row.client_id,
      changes: { status: { before: row.status, after: 'IN_REVIEW' }, version: row.current_version },
    });
    return this.get(ctx, id);
  }

  /** An OWNER or DPO approves the current version: it is in force from now, the review cycle restarts. */
  async approve(ctx: RequestContext, id: string): Promise<ProcessingActivityModel> {
    const row = await this.requireActivity(ctx, id, 'write', true);
    if (!mayReview(ctx.principal)) throw forbidden('Only the firm’s DPOs approve processing activities');
    const now = new Date();
    const reviewDue = row.next_review_at !== null && row.next_review_at <= now;
    // Approving an approved activity again confirms its review once the review date has come.
    if (row.status === 'APPROVED' && !reviewDue) return this.get(ctx, id);
    const nextReviewAt = row.review_interval_months ? addMonths(now, row.review_interval_months) : null;
    await this.activities.approveVersion(ctx, id, row.current_version, now);
    await this.activities.update(ctx, id, {
      status: 'APPROVED',
      approved_version: row.current_version,
      approved_at: now,
      approved_by: ctx.principal.userId,
      next_review_at: nextReviewAt,
    });
    ctx.audit({
      action: row.status === 'APPROVED' ? 'processing_activity.reviewed' : 'processing_activity.approved',
      entityType: 'processing_activity',
      entityId: id,
      clientId: row.client_id,
      changes: {
        version: row.current_version,
        status: { before: row.status, after: 'APPROVED' },
        nextReviewAt,
      },
    });
    await this.tasks.close(
      ctx,
      row.client_id,
      processingReviewTaskKey(id),
      'Verarbeitungstätigkeit geprüft und freigegeben / Processing activity reviewed and approved',
    );
    await this.rules.reevaluate(ctx, [row.client_id]);
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<ProcessingActivityModel> {
    return toActivityModel(await this.requireActivity(ctx, id, 'read'), Date.now());
  }

  async getMany(ctx: RequestContext, ids: readonly string[]): Promise<ProcessingActivityModel[]> {
    const rows = await this.activities.findMany(ctx, ids);
    const now = Date.now();
    return ids.flatMap((id) => rows.filter((r) => r.id === id).map((r) => toActivityModel(r, now)));
  }

  async list(
    ctx: RequestContext,
    args: ProcessingActivitiesArgs,
  ): Promise<ConnectionShape<ProcessingActivityModel>> {
    await this.access.requireClients(ctx, 'documents', 'read', [args.clientId]);
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, [isCursorUuid]) as [string] | null;
    const { rows, total } = await this.activities.page(ctx, args.clientId, limit, cursor?.[0] ?? null);
    const now = Date.now();
    return toConnection(
      rows,
      limit,
      total,
      (r) => [r.id],
      Boolean(cursor),
      (r) => toActivityModel(r, now),
    );
  }

  /** Every version, newest first; batched for a page of activities. */
  versions(ctx: RequestContext, activityId: string): Promise<ProcessingActivityVersionModel[]> {
    return contextLoader<string, ProcessingActivityVersionModel[]>(
      ctx,
      VERSIONS_LOADER,
      async (ids) => {
        const map = new Map<string, ProcessingActivityVersionModel[]>();
        for (const v of await this.activities.versionsOf(ctx, ids))
          map.set(v.activity_id, [...(map.get(v.activity_id) ?? []), toVersionModel(v)]);
        return map;
      },
      [],
    ).load(activityId);
  }

  /** The links a record makes: BSPs of the firm's catalogue, measures of its TOM catalogue. */
  private async checkLinks(
    ctx: RequestContext,
    record: ProcessingRecord,
    catalogue: ReadonlySet<string>,
  ): Promise<void> {
    const ids = [...new Set(record.recipients.flatMap((r) => (r.bspId ? [r.bspId] : [])))];
    const known = await this.activities.knownBsps(ctx, ids);
    if (ids.some((bspId) => !known.has(bspId))) throw badInput({ 'record.recipients.bspId': 'Unknown BSP' });
    if (record.technicalMeasureIds.some((id) => !catalogue.has(id)))
      throw badInput({ 'record.technicalMeasureIds': 'Unknown measure' });
  }

  /** The activity if the caller may read or write it, else NOT_FOUND (FORBIDDEN without the role). */
  async requireActivity(
    ctx: RequestContext,
    id: string,
    level: 'read' | 'write',
    lock = false,
  ): Promise<ActivityRow> {
    this.access.require(ctx, 'documents', level);
    if (!isUuid(id)) throw notFound();
    const row = await this.activities.find(ctx, id, lock);
    if (!row || (ctx.clientScope && row.client_id !== ctx.clientScope)) throw notFound();
    return row;
  }
}
