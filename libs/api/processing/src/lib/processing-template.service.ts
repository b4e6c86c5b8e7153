import { Injectable } from '@nestjs/common';
import { AccessService, badInput, isUuid, notFound, type RequestContext } from '@klarsicht/api-core';
import { DEFAULT_REVIEW_MONTHS } from '@klarsicht/api-documents';
import type { ProcessingRecord } from '@klarsicht/compliance-rules';
import { BUILT_IN_TEMPLATES, builtInTemplate, builtInTemplateId, prefilledRecord } from './builtin-templates';
import type { ApplyProcessingTemplateInput, CreateProcessingTemplateInput } from './dto/processing.inputs';
import type { ProcessingActivityModel, ProcessingTemplateModel } from './models/processing-activity.model';
import { ProcessingActivityService } from './processing-activity.service';
import { ProcessingTemplateRepository } from './processing-template.repository';
import { TEMPLATE_LANGUAGES } from './processing.enums';
import { toRecord, toRecordModel } from './processing.util';

const EMPTY_ACCOUNTS: never[] = [];

/** Templates of processing activities: built in (prefilled from WhatsApp) and the firm's own; applied in bulk. */
@Injectable()
export class ProcessingTemplateService {
  constructor(
    private readonly access: AccessService,
    private readonly templates: ProcessingTemplateRepository,
    private readonly activities: ProcessingActivityService,
  ) {}

  /** Built-in templates (as they read for a client without WhatsApp accounts), then the firm's own. */
  async list(ctx: RequestContext): Promise<ProcessingTemplateModel[]> {
    this.access.require(ctx, 'documents', 'read');
    const builtIn = BUILT_IN_TEMPLATES.flatMap((t) =>
      TEMPLATE_LANGUAGES.map((language) => ({
        id: builtInTemplateId(t.key, language),
        name: t.texts[language].name,
        language,
        builtIn: true,
        record: toRecordModel(prefilledRecord(t, language, EMPTY_ACCOUNTS)),
      })),
    );
    if (ctx.clientScope) return builtIn;
    const own = (await this.templates.list(ctx)).map((t) => ({
      id: t.id,
      name: t.name,
      language: t.language,
      builtIn: false,
      record: toRecordModel(t.record),
    }));
    return [...builtIn, ...own];
  }

  async create(ctx: RequestContext, input: CreateProcessingTemplateInput): Promise<ProcessingTemplateModel> {
    this.access.requireFirm(ctx, 'documents', 'write');
    const record = toRecord(input.record);
    const id = await this.templates.insert(ctx, {
      name: input.name.trim(),
      language: input.language,
      record,
    });
    ctx.audit({
      action: 'processing_template.created',
      entityType: 'processing_template',
      entityId: id,
      changes: { name: { after: input.name.trim() } },
    });
    return {
      id,
      name: input.name.trim(),
      language: input.language,
      builtIn: false,
      record: toRecordModel(record),
    };
  }

  /** One new DRAFT activity per client; a built-in template is prefilled from each client's WhatsApp accounts. */
  async apply(ctx: RequestContext, input: ApplyProcessingTemplateInput): Promise<ProcessingActivityModel[]> {
    this.access.requireFirm(ctx, 'documents', 'write');
    const clientIds = [...new Set(input.clientIds)];
    if (clientIds.length === 0) throw badInput({ clientIds: 'Name at least one client' });
    await this.access.requireClients(ctx, 'documents', 'write', clientIds);
    const recordFor = await this.recordsFor(ctx, input.templateId, clientIds);
    const ids = await this.activities.createMany(
      ctx,
      clientIds,
      recordFor,
      DEFAULT_REVIEW_MONTHS,
      input.templateId,
    );
    ctx.audit({
      action: 'processing_template.applied',
      entityType: 'processing_template',
      entityId: input.templateId.startsWith('builtin:') ? null : input.templateId,
      changes: { templateId: input.templateId, clients: clientIds.length, activityIds: ids },
    });
    return this.activities.getMany(ctx, ids);
  }

  private async recordsFor(
    ctx: RequestContext,
    templateId: string,
    clientIds: readonly string[],
  ): Promise<(clientId: string) => ProcessingRecord> {
    const builtIn = builtInTemplate(templateId);
    if (builtIn) {
      const accounts = await this.templates.accountsOf(ctx, clientIds);
      return (clientId) => prefilledRecord(builtIn.template, builtIn.language, accounts.get(clientId) ?? []);
    }
    if (!isUuid(templateId)) throw notFound();
    const own = await this.templates.find(ctx, templateId);
    if (!own) throw notFound();
    return () => own.record;
  }
}
