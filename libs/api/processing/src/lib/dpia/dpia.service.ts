import { Injectable } from '@nestjs/common';
import { conflict, forbidden, type RequestContext } from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { mayReview } from '@klarsicht/api-documents';
import { DPIA_QUESTIONS, RISK_LEVELS, dpiaRequired, riskLevel } from '@klarsicht/compliance-rules';
import { ProcessingActivityService } from '../processing-activity.service';
import type { DpiaModel, DpiaScreeningModel, SaveDpiaInput, SaveDpiaScreeningInput } from './dpia.model';
import { DpiaRepository, type DpiaRow, type ScreeningRow } from './dpia.repository';

/**
 * DPIA screening and DPIA per processing activity (Art. 35 DSGVO; docs/registers.md). Access follows the activity's
 * (area `documents`); only an OWNER or DPO approves a DPIA. Screening and approval feed WA-DPIA.
 */
@Injectable()
export class DpiaService {
  constructor(
    private readonly activities: ProcessingActivityService,
    private readonly dpias: DpiaRepository,
    private readonly rules: ComplianceService,
  ) {}

  async screening(ctx: RequestContext, activityId: string): Promise<DpiaScreeningModel> {
    await this.activities.requireActivity(ctx, activityId, 'read');
    return this.load(ctx, activityId);
  }

  async saveScreening(ctx: RequestContext, input: SaveDpiaScreeningInput): Promise<DpiaScreeningModel> {
    const activity = await this.activities.requireActivity(ctx, input.activityId, 'write', true);
    const criteria = [...new Set(input.criteria)];
    const entry = input.authorityListEntry?.trim() || null;
    const required = dpiaRequired(criteria, entry);
    await this.dpias.saveScreening(
      ctx,
      { id: activity.id, clientId: activity.client_id },
      { criteria, authority_list_entry: entry, note: input.note?.trim() ?? '', required },
    );
    ctx.audit({
      action: 'dpia.screened',
      entityType: 'processing_activity',
      entityId: activity.id,
      clientId: activity.client_id,
      changes: { criteria, authorityListEntry: entry, required },
    });
    await this.rules.reevaluate(ctx, [activity.client_id]);
    return this.load(ctx, activity.id);
  }

  async saveDpia(ctx: RequestContext, input: SaveDpiaInput): Promise<DpiaModel> {
    const activity = await this.activities.requireActivity(ctx, input.activityId, 'write', true);
    const risks = input.risks.map((r) => ({
      description: r.description.trim(),
      likelihood: r.likelihood,
      severity: r.severity,
      measures: r.measures?.trim() ?? '',
      residualLikelihood: r.residualLikelihood,
      residualSeverity: r.residualSeverity,
    }));
    await this.dpias.saveDpia(
      ctx,
      { id: activity.id, clientId: activity.client_id },
      { description: input.description?.trim() ?? '', necessity: input.necessity?.trim() ?? '', risks },
    );
    ctx.audit({
      action: 'dpia.saved',
      entityType: 'processing_activity',
      entityId: activity.id,
      clientId: activity.client_id,
      changes: { risks: risks.length, status: { after: 'DRAFT' } },
    });
    await this.rules.reevaluate(ctx, [activity.client_id]);
    return this.requireDpia(ctx, activity.id);
  }

  async approveDpia(ctx: RequestContext, activityId: string): Promise<DpiaModel> {
    const activity = await this.activities.requireActivity(ctx, activityId, 'write', true);
    if (!mayReview(ctx.principal)) throw forbidden('Only the firm’s DPOs approve a DPIA');
    const current = await this.dpias.dpia(ctx, activityId);
    if (!current) throw conflict('Save the DPIA before approving it');
    if (current.status !== 'APPROVED') {
      await this.dpias.approveDpia(ctx, activityId, new Date());
      ctx.audit({
        action: 'dpia.approved',
        entityType: 'processing_activity',
        entityId: activityId,
        clientId: activity.client_id,
        changes: { status: { before: current.status, after: 'APPROVED' } },
      });
      await this.rules.reevaluate(ctx, [activity.client_id]);
    }
    return this.requireDpia(ctx, activityId);
  }

  private async load(ctx: RequestContext, activityId: string): Promise<DpiaScreeningModel> {
    const screening = await this.dpias.screening(ctx, activityId);
    const dpia = await this.dpias.dpia(ctx, activityId);
    return toScreeningModel(activityId, screening, dpia ? toDpiaModel(activityId, dpia) : null);
  }

  private async requireDpia(ctx: RequestContext, activityId: string): Promise<DpiaModel> {
    const dpia = await this.dpias.dpia(ctx, activityId);
    if (!dpia) throw conflict('No DPIA saved');
    return toDpiaModel(activityId, dpia);
  }
}

export const toScreeningModel = (
  activityId: string,
  s: ScreeningRow | null,
  dpia: DpiaModel | null,
): DpiaScreeningModel => ({
  activityId,
  questions: DPIA_QUESTIONS.map((q) => ({
    criterion: q.criterion,
    text: q.textDe,
    textEn: q.textEn,
    met: s?.criteria.includes(q.criterion) ?? false,
  })),
  authorityListEntry: s?.authority_list_entry ?? null,
  note: s?.note ?? '',
  result: s ? (s.required ? 'REQUIRED' : 'NOT_REQUIRED') : 'NOT_SCREENED',
  screenedAt: s?.screened_at ?? null,
  dpia,
});

export const toDpiaModel = (activityId: string, d: DpiaRow): DpiaModel => {
  const risks = d.risks.map((r) => ({
    ...r,
    level: riskLevel(r.likelihood, r.severity),
    residualLevel: riskLevel(r.residualLikelihood, r.residualSeverity),
  }));
  const residual = risks.reduce<number>((max, r) => Math.max(max, RISK_LEVELS.indexOf(r.residualLevel)), -1);
  return {
    activityId,
    status: d.status,
    description: d.description,
    necessity: d.necessity,
    risks,
    residualRisk: residual < 0 ? null : RISK_LEVELS[residual],
    consultationRequired: residual === RISK_LEVELS.indexOf('HIGH'),
    approvedAt: d.approved_at,
  };
};
