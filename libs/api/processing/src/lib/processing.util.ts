import { transfersWithoutMechanism, type ProcessingRecord } from '@klarsicht/compliance-rules';
import type { ProcessingRecordInput } from './dto/processing.inputs';
import type {
  ProcessingActivityModel,
  ProcessingActivityVersionModel,
  ProcessingRecordModel,
} from './models/processing-activity.model';
import type { ActivityRow, VersionRow } from './processing-activity.repository';

const texts = (values: readonly string[] | null | undefined): string[] => [
  ...new Set((values ?? []).map((v) => v.trim()).filter(Boolean)),
];
const unique = <T>(values: readonly T[] | null | undefined): T[] => [...new Set(values ?? [])];

/** A record as stored: text trimmed, empty entries and duplicates dropped, country codes upper-case. */
export const toRecord = (input: ProcessingRecordInput): ProcessingRecord => ({
  name: input.name.trim(),
  description: input.description?.trim() ?? '',
  purposes: texts(input.purposes),
  legalBases: unique(input.legalBases),
  specialCategoryConditions: unique(input.specialCategoryConditions),
  subjectCategories: texts(input.subjectCategories),
  dataCategories: texts(input.dataCategories),
  recipients: (input.recipients ?? []).map((r) => ({
    name: r.name.trim(),
    kind: r.kind,
    region: r.region,
    bspId: r.bspId ?? null,
  })),
  transfers: (input.transfers ?? []).map((t) => ({
    recipient: t.recipient.trim(),
    country: t.country.toUpperCase(),
    mechanism: t.mechanism,
  })),
  retention: input.retention?.trim() ?? '',
  securityMeasures: input.securityMeasures?.trim() ?? '',
  whatsAppVariants: unique(input.whatsAppVariants),
  technicalMeasureIds: texts(input.technicalMeasureIds),
});

// Key order does not count: jsonb hands objects back with its own key order.
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** The fields whose value differs between two versions (for the audit entry and the version diff). */
export const changedFields = (before: ProcessingRecord, after: ProcessingRecord): string[] =>
  (Object.keys(after) as (keyof ProcessingRecord)[]).filter(
    (k) => canonical(before[k]) !== canonical(after[k]),
  );

export const toRecordModel = (record: ProcessingRecord): ProcessingRecordModel => ({
  ...record,
  technicalMeasureIds: record.technicalMeasureIds ?? [],
  recipients: record.recipients.map((r) => ({ ...r })),
  transfers: record.transfers.map((t) => ({ ...t })),
});

export const toActivityModel = (r: ActivityRow, now: number): ProcessingActivityModel => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  status: r.status,
  version: r.current_version,
  approvedVersion: r.approved_version,
  name: r.record.name,
  record: toRecordModel(r.record),
  transferGaps: transfersWithoutMechanism(r.record),
  reviewIntervalMonths: r.review_interval_months,
  nextReviewAt: r.next_review_at,
  reviewDue: r.next_review_at !== null && r.next_review_at.getTime() <= now,
  approvedAt: r.approved_at,
  templateId: r.template_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toVersionModel = (v: VersionRow): ProcessingActivityVersionModel => ({
  version: v.version,
  record: toRecordModel(v.record),
  createdBy: v.created_by,
  createdAt: v.created_at,
  approvedAt: v.approved_at,
  approvedBy: v.approved_by,
});
