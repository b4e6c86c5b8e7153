import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  forbidden,
  isUuid,
  notFound,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { CampaignRepository, type CampaignQuestion, type CampaignRow } from './campaign.repository';
import type { CampaignAnswerInput, CreateCampaignInput } from './dto/campaign.inputs';
import type { CampaignModel, CampaignSummaryModel, ClientCampaignModel } from './models/campaign.model';

const MAX_CLIENTS = 1000;
export const campaignTaskKey = (campaignId: string): string => `campaign:${campaignId}`;

/**
 * Campaigns (docs/judgement.md § Campaigns): the DPO publishes a requirement to many clients at once, with new
 * questions that keep each client AMBER (CAMPAIGN-ANSWERS UNKNOWN) until answered, and one task per client.
 */
@Injectable()
export class CampaignService {
  constructor(
    private readonly access: AccessService,
    private readonly campaigns: CampaignRepository,
    private readonly tasks: GeneratedTasksService,
    private readonly rules: ComplianceService,
  ) {}

  async create(ctx: RequestContext, input: CreateCampaignInput): Promise<CampaignModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    if (ctx.principal.actor.type !== 'USER' || !['OWNER', 'DPO'].includes(ctx.principal.role ?? ''))
      throw forbidden();
    const title = input.title.trim();
    const body = input.body.trim();
    if (!title) throw badInput({ title: 'Required' });
    if (!!input.clientIds === !!input.filter)
      throw badInput({ clientIds: 'Give either clientIds or filter' });
    const questions: CampaignQuestion[] = (input.questions ?? []).map((q) => ({
      key: q.key,
      textDe: q.textDe.trim(),
      textEn: q.textEn.trim(),
    }));
    if (new Set(questions.map((q) => q.key)).size !== questions.length)
      throw badInput({ questions: 'Each question needs its own key' });
    let clientIds: string[];
    if (input.clientIds) {
      clientIds = [...new Set(input.clientIds)];
      await this.access.requireClients(ctx, 'clients', 'write', clientIds);
    } else {
      clientIds = await this.campaigns.clientsMatching(
        ctx,
        input.filter?.levels ?? null,
        input.filter?.federalStates ?? null,
      );
    }
    if (clientIds.length === 0) throw badInput({ clientIds: 'No client' });
    if (clientIds.length > MAX_CLIENTS) throw badInput({ clientIds: `At most ${MAX_CLIENTS} clients` });
    const dueAt = input.dueAt ?? null;
    const id = await this.campaigns.insert(ctx, { title, body, questions, dueAt }, clientIds);
    ctx.audit({
      action: 'campaign.created',
      entityType: 'campaign',
      entityId: id,
      changes: {
        title: { after: title },
        clients: { after: clientIds.length },
        questions: { after: questions.map((q) => q.key) },
        dueAt: { after: dueAt },
      },
    });
    for (const clientId of clientIds)
      await this.tasks.open(ctx, {
        clientId,
        source: 'CAMPAIGN',
        key: campaignTaskKey(id),
        title,
        description: body,
        priority: 'MEDIUM',
        dueAt,
      });
    if (questions.length) await this.rules.reevaluate(ctx, clientIds);
    return this.get(ctx, id);
  }

  /** A client's answer (CLAIMED from the client's side, VERIFIED from the firm's); all answered closes the task. */
  async answer(ctx: RequestContext, input: CampaignAnswerInput): Promise<ClientCampaignModel> {
    await this.access.requireClients(ctx, 'clients', 'write', [input.clientId]);
    const campaign = await this.recipientCampaign(ctx, input.campaignId, input.clientId);
    if (!campaign.questions.some((q) => q.key === input.key))
      throw badInput({ key: 'Not a question of this campaign' });
    const state = ctx.clientScope ? 'CLAIMED' : 'VERIFIED';
    await this.campaigns.answer(ctx, campaign.id, input.clientId, input.key, input.value, state);
    ctx.audit({
      action: 'campaign.answered',
      entityType: 'campaign',
      entityId: campaign.id,
      clientId: input.clientId,
      changes: { key: { after: input.key }, value: { after: input.value }, state: { after: state } },
    });
    const view = await this.clientView(ctx, input.clientId, campaign);
    if (view.questions.every((q) => q.value !== null))
      await this.tasks.close(
        ctx,
        input.clientId,
        campaignTaskKey(campaign.id),
        'Alle Fragen der Kampagne beantwortet.',
      );
    await this.rules.reevaluate(ctx, [input.clientId]);
    return view;
  }

  /** The DPO confirms a client's answers (a client user cannot verify their own). */
  async verify(ctx: RequestContext, campaignId: string, clientId: string): Promise<ClientCampaignModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    await this.access.requireClients(ctx, 'clients', 'write', [clientId]);
    const campaign = await this.recipientCampaign(ctx, campaignId, clientId);
    const count = await this.campaigns.verify(ctx, campaignId, clientId);
    ctx.audit({
      action: 'campaign.verified',
      entityType: 'campaign',
      entityId: campaignId,
      clientId,
      changes: { answers: { after: count } },
    });
    return this.clientView(ctx, clientId, campaign);
  }

  /** The firm's campaigns, newest first (firm staff). */
  async list(ctx: RequestContext, first: number | null | undefined): Promise<CampaignSummaryModel[]> {
    this.access.requireFirm(ctx, 'clients', 'read');
    const rows = await this.campaigns.list(ctx, Math.min(Math.max(first ?? 50, 1), 200));
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      dueAt: r.due_at,
      createdAt: r.created_at,
      clientCount: r.clients,
      questionCount: r.questions,
    }));
  }

  async get(ctx: RequestContext, id: string): Promise<CampaignModel> {
    this.access.requireFirm(ctx, 'clients', 'read');
    const campaign = isUuid(id) ? await this.campaigns.find(ctx, id) : null;
    if (!campaign) throw notFound();
    const now = Date.now();
    const total = campaign.questions.length;
    const clients = (await this.campaigns.progress(ctx, id, campaignTaskKey(id))).map((r) => {
      const complete = total > 0 ? r.answered >= total : r.task_status === 'DONE';
      return {
        clientId: r.client_id,
        clientName: r.client_name,
        answered: r.answered,
        verified: r.verified,
        complete,
        overdue: !complete && campaign.due_at !== null && campaign.due_at.getTime() < now,
        taskStatus: r.task_status,
      };
    });
    return {
      id: campaign.id,
      title: campaign.title,
      body: campaign.body,
      questions: campaign.questions,
      dueAt: campaign.due_at,
      createdAt: campaign.created_at,
      clients,
      progress: {
        clients: clients.length,
        complete: clients.filter((c) => c.complete).length,
        verified: clients.filter((c) => total > 0 && c.verified >= total).length,
        overdue: clients.filter((c) => c.overdue).length,
      },
    };
  }

  async ofClient(ctx: RequestContext, clientId: string): Promise<ClientCampaignModel[]> {
    await this.access.requireClients(ctx, 'clients', 'read', [clientId]);
    const campaigns = await this.campaigns.ofClient(ctx, clientId);
    const answers = await this.campaigns.answersOf(
      ctx,
      clientId,
      campaigns.map((c) => c.id),
    );
    return campaigns.map((c) =>
      toClientView(
        c,
        answers.filter((a) => a.campaign_id === c.id),
      ),
    );
  }

  private async recipientCampaign(
    ctx: RequestContext,
    campaignId: string,
    clientId: string,
  ): Promise<CampaignRow> {
    if (!isUuid(campaignId) || !(await this.campaigns.isRecipient(ctx, campaignId, clientId)))
      throw notFound();
    const campaign = await this.campaigns.find(ctx, campaignId);
    if (!campaign) throw notFound();
    return campaign;
  }

  private async clientView(
    ctx: RequestContext,
    clientId: string,
    campaign: CampaignRow,
  ): Promise<ClientCampaignModel> {
    return toClientView(campaign, await this.campaigns.answersOf(ctx, clientId, [campaign.id]));
  }
}

const toClientView = (
  c: CampaignRow,
  answers: readonly { question_key: string; value: boolean; state: string }[],
): ClientCampaignModel => ({
  id: c.id,
  title: c.title,
  body: c.body,
  dueAt: c.due_at,
  questions: c.questions.map((q) => {
    const a = answers.find((x) => x.question_key === q.key);
    return { ...q, value: a?.value ?? null, state: a?.state ?? null };
  }),
});
