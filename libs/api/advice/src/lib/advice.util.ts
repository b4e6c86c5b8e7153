import type { AdviceRow } from './advice.repository';
import type { AdviceModel } from './models/advice.model';

export const toAdviceModel = (r: AdviceRow, now: Date): AdviceModel => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  subject: r.subject,
  body: r.body,
  recommendation: r.recommendation,
  riskIfIgnored: r.risk_if_ignored,
  relatedRuleIds: r.related_rule_ids,
  dueAt: r.due_at,
  recordedAt: r.created_at,
  recordedByName: r.recorded_by_name,
  status: r.decision ?? 'OPEN',
  overdue: r.decision === null && r.due_at !== null && r.due_at.getTime() < now.getTime(),
  acknowledgement:
    r.decision && r.acknowledged_at
      ? {
          decision: r.decision,
          comment: r.comment ?? '',
          acknowledgedAt: r.acknowledged_at,
          acknowledgedByName: r.acknowledged_by_name,
        }
      : null,
});
