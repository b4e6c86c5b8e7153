import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  conflict,
  forbidden,
  isUuid,
  notFound,
  type RequestContext,
} from '@klarsicht/api-core';
import { ruleById } from '@klarsicht/compliance-rules';
import { AdviceRepository, type AdviceRow } from './advice.repository';
import { toAdviceModel } from './advice.util';
import type { AcknowledgeAdviceInput, AdviceListArgs, RecordAdviceInput } from './dto/advice.inputs';
import type { AdviceModel } from './models/advice.model';

// Advice is the DPO's own judgement: given by a person of the firm who may advise, never by a key or an assistant.
const ADVISING_ROLES = new Set(['OWNER', 'DPO']);

/**
 * The advice record (Beratungsnachweis, docs/judgement.md): the DPO records advice, the client's admin accepts or
 * declines it. Both are append-only and in the audit chain.
 */
@Injectable()
export class AdviceService {
  constructor(
    private readonly access: AccessService,
    private readonly advice: AdviceRepository,
  ) {}

  async record(ctx: RequestContext, input: RecordAdviceInput): Promise<AdviceModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    if (ctx.principal.actor.type !== 'USER' || !ADVISING_ROLES.has(ctx.principal.role ?? ''))
      throw forbidden();
    await this.access.requireClients(ctx, 'clients', 'write', [input.clientId]);
    const subject = input.subject.trim();
    const body = input.body.trim();
    const recommendation = input.recommendation.trim();
    if (!subject) throw badInput({ subject: 'Required' });
    if (!body) throw badInput({ body: 'Required' });
    if (!recommendation) throw badInput({ recommendation: 'Required' });
    const relatedRuleIds = [...new Set(input.relatedRuleIds ?? [])];
    const unknown = relatedRuleIds.filter((id) => !ruleById(id));
    if (unknown.length) throw badInput({ relatedRuleIds: `Unknown rules: ${unknown.join(', ')}` });
    const id = await this.advice.insert(ctx, {
      clientId: input.clientId,
      subject,
      body,
      recommendation,
      riskIfIgnored: input.riskIfIgnored?.trim() ?? '',
      relatedRuleIds,
      dueAt: input.dueAt ?? null,
    });
    ctx.audit({
      action: 'advice.recorded',
      entityType: 'advice',
      entityId: id,
      clientId: input.clientId,
      changes: {
        subject: { after: subject },
        recommendation: { after: recommendation },
        relatedRuleIds: { after: relatedRuleIds },
        dueAt: { after: input.dueAt ?? null },
      },
    });
    return toAdviceModel(await this.load(ctx, id), new Date());
  }

  /** Only an admin of the advised client answers, once; a decline needs the reason. */
  async acknowledge(ctx: RequestContext, id: string, input: AcknowledgeAdviceInput): Promise<AdviceModel> {
    this.access.require(ctx, 'clients', 'read');
    const advice = await this.load(ctx, id);
    if (
      ctx.principal.actor.type !== 'USER' ||
      ctx.principal.role !== 'CLIENT_ADMIN' ||
      ctx.clientScope !== advice.client_id
    )
      throw forbidden();
    const comment = input.comment?.trim() ?? '';
    if (input.decision === 'DECLINED' && !comment)
      throw badInput({ comment: 'Say why the advice is declined' });
    if (!(await this.advice.acknowledge(ctx, id, advice.client_id, input.decision, comment)))
      throw conflict('This advice has been acknowledged already');
    ctx.audit({
      action: 'advice.acknowledged',
      entityType: 'advice',
      entityId: id,
      clientId: advice.client_id,
      changes: { decision: { after: input.decision }, comment: { after: comment } },
    });
    return toAdviceModel(await this.load(ctx, id), new Date());
  }

  async get(ctx: RequestContext, id: string): Promise<AdviceModel> {
    this.access.require(ctx, 'clients', 'read');
    return toAdviceModel(await this.load(ctx, id), new Date());
  }

  async list(ctx: RequestContext, args: AdviceListArgs): Promise<AdviceModel[]> {
    if (args.clientId) await this.access.requireClients(ctx, 'clients', 'read', [args.clientId]);
    else this.access.require(ctx, 'clients', 'read');
    const now = new Date();
    return (await this.advice.list(ctx, args.clientId ?? null, args.status ?? null)).map((r) =>
      toAdviceModel(r, now),
    );
  }

  /** What the client report lists: the client's advice, newest first (the caller's access was checked). */
  async ofClient(ctx: RequestContext, clientId: string): Promise<AdviceModel[]> {
    return this.list(ctx, { clientId });
  }

  // RLS hides another firm's advice and, for a client user, another client's: the same NOT_FOUND.
  private async load(ctx: RequestContext, id: string): Promise<AdviceRow> {
    if (!isUuid(id)) throw notFound();
    const row = await this.advice.find(ctx, id);
    if (!row || (ctx.clientScope && row.client_id !== ctx.clientScope)) throw notFound();
    return row;
  }
}
