import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  contextLoader,
  isUuid,
  notFound,
  type RequestContext,
} from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import {
  ANSWER_KEYS,
  emptyAnswers,
  QUESTIONNAIRE_VERSION,
  type WhatsAppAnswers,
} from '@klarsicht/compliance-rules';
import { AttestationService } from './attestations/attestation.service';
import type { GivenAnswer } from './attestations/attestation.repository';
import type { Bsp } from './bsp.entity';
import { BspRepository } from './bsp.repository';
import { WhatsAppAccount } from './whatsapp-account.entity';
import { WhatsAppAccountRepository } from './whatsapp-account.repository';
import type {
  CreateBspInput,
  CreateWhatsAppAccountInput,
  UpdateBspInput,
  UpdateWhatsAppAccountInput,
  WhatsAppAnswersInput,
} from './dto/whatsapp.inputs';
import type { BspModel, WhatsAppAccountModel } from './models/whatsapp.models';

export const toBspModel = (b: Bsp): BspModel => ({
  id: b.id,
  name: b.name,
  hostingRegion: b.hostingRegion,
  transferMechanism: b.transferMechanism,
  dpaAvailable: b.dpaAvailable,
});

export const toAccountModel = (a: WhatsAppAccount): WhatsAppAccountModel => ({
  id: a.id,
  clientId: a.clientId,
  label: a.label,
  variant: a.variant,
  bspId: a.bspId,
  answers: { ...emptyAnswers(), ...a.answers },
  questionnaireVersion: a.questionnaireVersion,
  answeredBy: a.answeredBy,
  answeredAt: a.answeredAt,
});

@Injectable()
export class WhatsAppService {
  constructor(
    private readonly access: AccessService,
    private readonly bsps: BspRepository,
    private readonly accounts: WhatsAppAccountRepository,
    private readonly compliance: ComplianceService,
    private readonly attestations: AttestationService,
  ) {}

  async listBsps(ctx: RequestContext): Promise<BspModel[]> {
    this.access.require(ctx, 'clients', 'read');
    return (await this.bsps.list(ctx)).map(toBspModel);
  }

  async createBsp(ctx: RequestContext, input: CreateBspInput): Promise<BspModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    const bsp = await this.bsps.insert(ctx, {
      name: input.name.trim(),
      hostingRegion: input.hostingRegion,
      transferMechanism: input.transferMechanism,
      dpaAvailable: input.dpaAvailable ?? false,
    });
    ctx.audit({
      action: 'bsp.created',
      entityType: 'bsp',
      entityId: bsp.id,
      changes: {
        name: { after: bsp.name },
        hostingRegion: { after: bsp.hostingRegion },
        transferMechanism: { after: bsp.transferMechanism },
        dpaAvailable: { after: bsp.dpaAvailable },
      },
    });
    return toBspModel(bsp);
  }

  async updateBsp(ctx: RequestContext, id: string, input: UpdateBspInput): Promise<BspModel> {
    this.access.requireFirm(ctx, 'clients', 'write');
    // Not a uuid: no such provider (in SQL it would be a database error).
    if (!isUuid(id)) throw notFound();
    const bsp = await this.bsps.find(ctx, id);
    if (!bsp) throw notFound();
    const next: Partial<Bsp> = {};
    if (input.name) next.name = input.name.trim();
    if (input.hostingRegion) next.hostingRegion = input.hostingRegion;
    if (input.transferMechanism) next.transferMechanism = input.transferMechanism;
    if (input.dpaAvailable !== undefined && input.dpaAvailable !== null)
      next.dpaAvailable = input.dpaAvailable;
    const changes = diff(bsp, next);
    if (Object.keys(changes).length === 0) return toBspModel(bsp);
    await this.bsps.update(ctx, id, next);
    ctx.audit({ action: 'bsp.updated', entityType: 'bsp', entityId: id, changes });
    await this.compliance.reevaluate(ctx, await this.bsps.clientsUsing(ctx, id));
    return toBspModel({ ...bsp, ...next });
  }

  async createAccount(ctx: RequestContext, input: CreateWhatsAppAccountInput): Promise<WhatsAppAccountModel> {
    await this.access.requireClients(ctx, 'clients', 'write', [input.clientId]);
    await this.checkBsp(ctx, input.bspId);
    const answered = input.answers ? mergeAnswers(emptyAnswers(), input.answers) : emptyAnswers();
    const account = await this.accounts.insert(ctx, {
      clientId: input.clientId,
      label: input.label.trim(),
      variant: input.variant,
      bspId: input.bspId ?? null,
      answers: answered,
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      answeredBy: input.answers ? ctx.principal.userId : null,
      answeredAt: input.answers ? new Date() : null,
    });
    ctx.audit({
      action: 'whatsapp_account.created',
      entityType: 'whatsapp_account',
      entityId: account.id,
      clientId: account.clientId,
      changes: {
        label: { after: account.label },
        variant: { after: account.variant },
        bspId: { after: account.bspId },
        answers: { after: answered },
      },
    });
    if (input.answers)
      await this.attestations.given(
        ctx,
        account,
        givenAnswers(input.answers, answered),
        QUESTIONNAIRE_VERSION,
      );
    await this.compliance.reevaluate(ctx, [account.clientId]);
    return toAccountModel(account);
  }

  async updateAccount(
    ctx: RequestContext,
    id: string,
    input: UpdateWhatsAppAccountInput,
  ): Promise<WhatsAppAccountModel> {
    const account = await this.access.requireRecord(ctx, 'clients', 'write', WhatsAppAccount, id);
    const next: Partial<WhatsAppAccount> = {};
    if (input.label) next.label = input.label.trim();
    if (input.variant) next.variant = input.variant;
    if (input.bspId !== undefined) {
      await this.checkBsp(ctx, input.bspId);
      next.bspId = input.bspId ?? null;
    }
    if (input.answers) {
      const answers = mergeAnswers({ ...emptyAnswers(), ...account.answers }, input.answers);
      if (JSON.stringify(answers) !== JSON.stringify(account.answers)) {
        Object.assign(next, {
          answers,
          questionnaireVersion: QUESTIONNAIRE_VERSION,
          answeredBy: ctx.principal.userId,
          answeredAt: new Date(),
        });
      }
    }
    const changes = diff(account, next, ['answeredAt', 'answeredBy', 'questionnaireVersion']);
    // The answers sent are attested where they change, are new, or expired or were rejected (a re-attestation).
    const given = input.answers
      ? givenAnswers(input.answers, next.answers ?? { ...emptyAnswers(), ...account.answers })
      : [];
    await this.attestations.given(ctx, account, given, QUESTIONNAIRE_VERSION);
    if (Object.keys(changes).length === 0) {
      if (given.length) await this.compliance.reevaluate(ctx, [account.clientId]);
      return toAccountModel(account);
    }
    await this.accounts.update(ctx, id, next);
    ctx.audit({
      action: 'whatsapp_account.updated',
      entityType: 'whatsapp_account',
      entityId: id,
      clientId: account.clientId,
      changes,
    });
    await this.compliance.reevaluate(ctx, [account.clientId]);
    return toAccountModel({ ...account, ...next });
  }

  /** Accounts of a page of clients, one statement. */
  accountsOf(ctx: RequestContext, clientId: string): Promise<WhatsAppAccountModel[]> {
    this.access.require(ctx, 'clients', 'read');
    return contextLoader<string, WhatsAppAccountModel[]>(
      ctx,
      'whatsapp:accounts',
      async (ids) => {
        const rows = await this.accounts.ofClients(ctx, ids);
        const byClient = new Map<string, WhatsAppAccountModel[]>();
        for (const row of rows)
          byClient.set(row.clientId, [...(byClient.get(row.clientId) ?? []), toAccountModel(row)]);
        return byClient;
      },
      [],
    ).load(clientId);
  }

  async bspOf(ctx: RequestContext, bspId: string | null): Promise<BspModel | null> {
    if (!bspId) return null;
    this.access.require(ctx, 'clients', 'read');
    return contextLoader<string, BspModel | null>(
      ctx,
      'whatsapp:bsps',
      async (ids) => new Map((await this.bsps.findMany(ctx, ids)).map((b) => [b.id, toBspModel(b)])),
      null,
    ).load(bspId);
  }

  private async checkBsp(ctx: RequestContext, bspId: string | null | undefined): Promise<void> {
    if (!bspId) return;
    if (!(await this.bsps.exists(ctx, bspId))) throw badInput({ bspId: 'Unknown provider' });
  }
}

const mergeAnswers = (current: WhatsAppAnswers, input: WhatsAppAnswersInput): WhatsAppAnswers => {
  const out = { ...current };
  for (const key of ANSWER_KEYS) {
    const value = input[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
};

const givenAnswers = (input: WhatsAppAnswersInput, answers: WhatsAppAnswers): GivenAnswer[] =>
  ANSWER_KEYS.filter((key) => input[key] !== undefined).map((key) => ({ key, value: answers[key] }));

const diff = <T extends object>(
  before: T,
  after: Partial<T>,
  ignore: (keyof T)[] = [],
): Record<string, { before: unknown; after: unknown }> => {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (ignore.includes(key)) continue;
    const value = after[key];
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null))
      changes[key] = { before: before[key] ?? null, after: value ?? null };
  }
  return changes;
};
