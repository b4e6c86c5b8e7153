import { Injectable } from '@nestjs/common';
import { AccessService, type CsvColumn, type RequestContext } from '@klarsicht/api-core';
import { transfersWithoutMechanism, type ProcessingRecord } from '@klarsicht/compliance-rules';
import { DpiaRepository } from '../dpia/dpia.repository';
import { ProcessingActivityRepository } from '../processing-activity.repository';
import { TomService } from '../toms/tom.service';

const ALL = 5000;

/** The register as JSON: what the download holds and the PDF shows. */
export type RegisterData = {
  clientId: string;
  clientName: string | null;
  exportedAt: string;
  processingActivities: {
    id: string;
    status: string;
    version: number;
    approvedVersion: number | null;
    approvedAt: Date | null;
    nextReviewAt: Date | null;
    record: ProcessingRecord;
    transferGaps: string[];
    approvedRecord: ProcessingRecord | null;
    dpiaScreening: { result: string; criteria: string[]; authorityListEntry: string | null } | null;
  }[];
  technicalMeasures: {
    measureId: string;
    goal: string;
    title: string;
    status: string | null;
    note: string;
    evidenceDocumentId: string | null;
  }[];
};

/** One activity as the CSV export writes it: lists joined with "; ". */
export type RegisterCsvRow = {
  name: string;
  status: string;
  version: number;
  approved_version: number | null;
  purposes: string;
  legal_bases: string;
  subject_categories: string;
  data_categories: string;
  recipients: string;
  transfers: string;
  retention: string;
  security_measures: string;
  dpia_screening: string | null;
  next_review_at: Date | null;
};

export const REGISTER_COLUMNS: readonly CsvColumn<RegisterCsvRow>[] = [
  { key: 'name', de: 'Verarbeitungstätigkeit', en: 'Processing activity', kind: 'text' },
  { key: 'status', de: 'Status', en: 'Status', kind: 'text' },
  { key: 'version', de: 'Version', en: 'Version', kind: 'number' },
  { key: 'approved_version', de: 'Freigegebene Version', en: 'Approved version', kind: 'number' },
  { key: 'purposes', de: 'Zwecke', en: 'Purposes', kind: 'text' },
  { key: 'legal_bases', de: 'Rechtsgrundlagen', en: 'Legal bases', kind: 'text' },
  { key: 'subject_categories', de: 'Betroffene Personen', en: 'Data subjects', kind: 'text' },
  { key: 'data_categories', de: 'Datenkategorien', en: 'Data categories', kind: 'text' },
  { key: 'recipients', de: 'Empfänger', en: 'Recipients', kind: 'text' },
  { key: 'transfers', de: 'Drittlandübermittlungen', en: 'Third-country transfers', kind: 'text' },
  { key: 'retention', de: 'Löschfristen', en: 'Erasure periods', kind: 'text' },
  { key: 'security_measures', de: 'TOM', en: 'TOMs', kind: 'text' },
  { key: 'dpia_screening', de: 'DSFA-Schwellwertanalyse', en: 'DPIA screening', kind: 'text' },
  { key: 'next_review_at', de: 'Nächste Prüfung', en: 'Next review', kind: 'timestamp' },
];

const joined = (values: readonly string[]): string => values.join('; ');

export const toCsvRow = (
  a: {
    status: string;
    current_version: number;
    approved_version: number | null;
    next_review_at: Date | null;
  },
  r: ProcessingRecord,
  screening: string | null,
): RegisterCsvRow => ({
  name: r.name,
  status: a.status,
  version: a.current_version,
  approved_version: a.approved_version,
  purposes: joined(r.purposes),
  legal_bases: joined(r.legalBases),
  subject_categories: joined(r.subjectCategories),
  data_categories: joined(r.dataCategories),
  recipients: joined(r.recipients.map((x) => `${x.name} (${x.kind}, ${x.region})`)),
  transfers: joined(r.transfers.map((x) => `${x.recipient} → ${x.country || '?'} (${x.mechanism})`)),
  retention: r.retention,
  security_measures: r.securityMeasures,
  dpia_screening: screening,
  next_review_at: a.next_review_at,
});

/** The register of one client as data to hand over: JSON (everything) and CSV (one row per activity). */
@Injectable()
export class RegisterExportService {
  constructor(
    private readonly access: AccessService,
    private readonly activities: ProcessingActivityRepository,
    private readonly dpias: DpiaRepository,
    private readonly toms: TomService,
  ) {}

  /** Everything of the register; audited with the format it leaves in (the JSON download, or the PDF report). */
  async json(ctx: RequestContext, clientId: string, format: 'json' | 'pdf' = 'json'): Promise<RegisterData> {
    const { rows, versions, screenings } = await this.load(ctx, clientId, format);
    return {
      clientId,
      clientName: rows[0]?.client_name ?? null,
      exportedAt: new Date().toISOString(),
      processingActivities: rows.map((a) => ({
        id: a.id,
        status: a.status,
        version: a.current_version,
        approvedVersion: a.approved_version,
        approvedAt: a.approved_at,
        nextReviewAt: a.next_review_at,
        record: a.record,
        transferGaps: transfersWithoutMechanism(a.record),
        approvedRecord:
          versions.find((v) => v.activity_id === a.id && v.version === a.approved_version)?.record ?? null,
        dpiaScreening: screenings.get(a.id) ?? null,
      })),
      technicalMeasures: (await this.toms.list(ctx, clientId)).map((m) => ({
        measureId: m.measureId,
        goal: m.goal,
        title: m.title,
        status: m.status,
        note: m.note,
        evidenceDocumentId: m.evidenceDocumentId,
      })),
    };
  }

  async csv(ctx: RequestContext, clientId: string): Promise<RegisterCsvRow[]> {
    const { rows, screenings } = await this.load(ctx, clientId, 'csv');
    return rows.map((a) => toCsvRow(a, a.record, screenings.get(a.id)?.result ?? null));
  }

  private async load(ctx: RequestContext, clientId: string, format: 'json' | 'csv' | 'pdf') {
    await this.access.requireClients(ctx, 'documents', 'read', [clientId]);
    const { rows } = await this.activities.page(ctx, clientId, ALL, null);
    const ids = rows.map((r) => r.id);
    const versions = format !== 'csv' && ids.length ? await this.activities.versionsOf(ctx, ids) : [];
    const screenings = new Map(
      (ids.length ? await this.dpias.screeningsOf(ctx, ids) : []).map((s) => [
        s.activity_id,
        {
          result: s.required ? 'REQUIRED' : 'NOT_REQUIRED',
          criteria: s.criteria,
          authorityListEntry: s.authority_list_entry,
        },
      ]),
    );
    ctx.audit({
      action: 'processing_register.exported',
      entityType: 'client',
      entityId: clientId,
      clientId,
      changes: { format, activities: rows.length },
    });
    return { rows: rows.slice(0, ALL), versions, screenings };
  }
}
