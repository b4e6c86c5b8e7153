import { Injectable } from '@nestjs/common';
import { AccessService, badInput, isUuid, notFound, type RequestContext } from '@klarsicht/api-core';
import { BUILT_IN_TOMS, TOM_GOALS } from '@klarsicht/compliance-rules';
import type {
  CreateTechnicalMeasureInput,
  SetTechnicalMeasureStatusInput,
  TechnicalMeasureModel,
} from './tom.model';
import { TomRepository, type MeasureStatusRow } from './tom.repository';

const BUILT_IN = 'builtin:';
type Measure = Omit<TechnicalMeasureModel, 'status' | 'note' | 'evidenceDocumentId' | 'updatedAt'>;

/** The TOM checklist (Art. 32 DSGVO): the built-in catalogue and the firm's own measures, a status per client. */
@Injectable()
export class TomService {
  constructor(
    private readonly access: AccessService,
    private readonly toms: TomRepository,
  ) {}

  /** Every measure of the catalogue in goal order, with the client's status (null: not assessed). */
  async list(ctx: RequestContext, clientId: string): Promise<TechnicalMeasureModel[]> {
    await this.access.requireClients(ctx, 'documents', 'read', [clientId]);
    const statuses = new Map((await this.toms.statusesOf(ctx, clientId)).map((s) => [s.measure_key, s]));
    return (await this.catalogue(ctx)).map((m) => withStatus(m, statuses.get(m.measureId)));
  }

  async setStatus(
    ctx: RequestContext,
    input: SetTechnicalMeasureStatusInput,
  ): Promise<TechnicalMeasureModel> {
    await this.access.requireClients(ctx, 'documents', 'write', [input.clientId]);
    const measure = (await this.catalogue(ctx)).find((m) => m.measureId === input.measureId);
    if (!measure) throw notFound();
    const evidence = input.evidenceDocumentId ?? null;
    if (evidence && !(await this.toms.isClientDocument(ctx, input.clientId, evidence)))
      throw badInput({ evidenceDocumentId: "Not a document of this client's" });
    const note = input.note?.trim() ?? '';
    await this.toms.upsertStatus(ctx, input.clientId, measure.measureId, {
      status: input.status,
      note,
      evidenceDocumentId: evidence,
    });
    ctx.audit({
      action: 'technical_measure.status_set',
      entityType: 'technical_measure',
      entityId: isUuid(measure.measureId) ? measure.measureId : null,
      clientId: input.clientId,
      changes: {
        measureId: measure.measureId,
        status: { after: input.status },
        evidenceDocumentId: evidence,
      },
    });
    return withStatus(measure, {
      measure_key: measure.measureId,
      status: input.status,
      note,
      evidence_document_id: evidence,
      updated_at: new Date(),
    });
  }

  async create(ctx: RequestContext, input: CreateTechnicalMeasureInput): Promise<TechnicalMeasureModel> {
    this.access.requireFirm(ctx, 'documents', 'write');
    const title = input.title.trim();
    const description = input.description?.trim() ?? '';
    const id = await this.toms.insertMeasure(ctx, input.goal, title, description);
    ctx.audit({
      action: 'technical_measure.created',
      entityType: 'technical_measure',
      entityId: id,
      changes: { goal: { after: input.goal }, title: { after: title } },
    });
    return withStatus(
      { measureId: id, goal: input.goal, title, titleEn: title, description, builtIn: false },
      undefined,
    );
  }

  /** The ids of the firm's catalogue (built-in and own). */
  async measureIds(ctx: RequestContext): Promise<Set<string>> {
    return new Set((await this.catalogue(ctx)).map((m) => m.measureId));
  }

  private async catalogue(ctx: RequestContext): Promise<Measure[]> {
    const builtIn: Measure[] = BUILT_IN_TOMS.map((t) => ({
      measureId: `${BUILT_IN}${t.key}`,
      goal: t.goal,
      title: t.titleDe,
      titleEn: t.titleEn,
      description: '',
      builtIn: true,
    }));
    const own: Measure[] = (await this.toms.firmMeasures(ctx)).map((m) => ({
      measureId: m.id,
      goal: m.goal,
      title: m.title,
      titleEn: m.title,
      description: m.description,
      builtIn: false,
    }));
    const rank = (m: Measure) => TOM_GOALS.indexOf(m.goal);
    return [...builtIn, ...own].sort((a, b) => rank(a) - rank(b));
  }
}

const withStatus = (m: Measure, s: MeasureStatusRow | undefined): TechnicalMeasureModel => ({
  ...m,
  status: s?.status ?? null,
  note: s?.note ?? '',
  evidenceDocumentId: s?.evidence_document_id ?? null,
  updatedAt: s?.updated_at ?? null,
});
