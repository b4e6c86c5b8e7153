import {
  breachNeedsCommunication,
  breachNeedsNotification,
  breachNotificationDeadline,
  supervisoryAuthorityByCode,
  type BreachFacts,
} from '@klarsicht/compliance-rules/legal-clocks';
import type { BreachRow, BreachValues } from './breach.repository';
import type { BreachDetailsInput } from './dto/breach.inputs';
import type { BreachModel } from './models/breach.model';

export const toBreachModel = (r: BreachRow, now: Date): BreachModel => {
  const deadline = breachNotificationDeadline(r.discovered_at);
  const required = breachNeedsNotification(r.risk);
  const authority = r.authority_code ? supervisoryAuthorityByCode(r.authority_code) : null;
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    title: r.title,
    description: r.description,
    discoveredAt: r.discovered_at,
    occurredAt: r.occurred_at,
    dataCategories: r.data_categories,
    subjectCategories: r.subject_categories,
    approxSubjects: r.approx_subjects,
    approxRecords: r.approx_records,
    likelyConsequences: r.likely_consequences,
    measures: r.measures,
    risk: r.risk,
    notificationRequired: required,
    notificationDeadline: deadline,
    minutesRemaining: Math.trunc((deadline.getTime() - now.getTime()) / 60_000),
    overdue: required && r.notified_at === null && now > deadline,
    authority: authority ? { ...authority } : null,
    contact: r.contact,
    notifiedAt: r.notified_at,
    notificationReference: r.notification_reference,
    lateReason: r.late_reason,
    subjectsCommunicationRequired: breachNeedsCommunication(r.risk),
    subjectsInformedAt: r.subjects_informed_at,
    subjectsCommunication: r.subjects_communication,
    createdAt: r.created_at,
  };
};

export const toBreachFacts = (b: BreachModel): BreachFacts => ({
  clientName: b.clientName,
  discoveredAt: b.discoveredAt,
  occurredAt: b.occurredAt,
  description: b.description,
  dataCategories: b.dataCategories,
  subjectCategories: b.subjectCategories,
  approxSubjects: b.approxSubjects,
  approxRecords: b.approxRecords,
  likelyConsequences: b.likelyConsequences,
  measures: b.measures,
  risk: b.risk,
  contact: b.contact,
  lateReason: b.lateReason,
});

const trimmed = (value: string | null | undefined): string | null | undefined =>
  value === undefined || value === null ? value : value.trim();

/** The columns an input sets: what it leaves out stays; text is trimmed; NOT NULL text columns get '' for null. */
export const breachValues = (input: BreachDetailsInput): BreachValues => {
  const values: BreachValues = {
    title: trimmed(input.title) ?? undefined,
    description: input.description === undefined ? undefined : (trimmed(input.description) ?? ''),
    occurred_at: input.occurredAt,
    data_categories:
      input.dataCategories === undefined
        ? undefined
        : (input.dataCategories ?? []).map((c) => c.trim()).filter(Boolean),
    subject_categories:
      input.subjectCategories === undefined
        ? undefined
        : (input.subjectCategories ?? []).map((c) => c.trim()).filter(Boolean),
    approx_subjects: input.approxSubjects,
    approx_records: input.approxRecords,
    likely_consequences:
      input.likelyConsequences === undefined ? undefined : (trimmed(input.likelyConsequences) ?? ''),
    measures: input.measures === undefined ? undefined : (trimmed(input.measures) ?? ''),
    risk: input.risk ?? undefined,
    authority_code: input.authorityCode,
    contact: trimmed(input.contact),
    subjects_informed_at: input.subjectsInformedAt,
    subjects_communication: trimmed(input.subjectsCommunication),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
};

export const breachTaskKey = (breachId: string): string => `breach:${breachId}`;
