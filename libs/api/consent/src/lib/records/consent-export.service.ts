import { Injectable } from '@nestjs/common';
import {
  AccessService,
  RequestContextFactory,
  type CsvColumn,
  type RequestContext,
} from '@klarsicht/api-core';
import { ConsentVault } from '../consent-vault';
import { ConsentRecordRepository, type ExportRow } from './consent-record.repository';

export type ExportedRecord = Omit<ExportRow, 'id' | 'phone_encrypted'> & { phone_number: string };
/** The consent export's columns; the machine keys are the RFC 4180 header (docs/api.md § Consent export). */
export const EXPORT_COLUMNS: readonly CsvColumn<ExportedRecord>[] = [
  { key: 'phone_number', de: 'Telefonnummer', en: 'Phone number', kind: 'text' },
  { key: 'purpose', de: 'Zweck', en: 'Purpose', kind: 'text' },
  { key: 'status', de: 'Status', en: 'Status', kind: 'text' },
  { key: 'requested_at', de: 'Angefragt am', en: 'Requested at', kind: 'timestamp' },
  { key: 'confirmed_at', de: 'Bestätigt am', en: 'Confirmed at', kind: 'timestamp' },
  { key: 'withdrawn_at', de: 'Widerrufen am', en: 'Withdrawn at', kind: 'timestamp' },
  { key: 'text_version_id', de: 'Textversion', en: 'Text version', kind: 'text' },
  { key: 'text_sha256', de: 'Text-SHA-256', en: 'Text SHA-256', kind: 'text' },
  { key: 'updated_at', de: 'Geändert am', en: 'Updated at', kind: 'timestamp' },
  // Last, so the columns before keep their place; a DPO merging several clients' exports in Excel needs it.
  { key: 'client_name', de: 'Mandant', en: 'Client', kind: 'text' },
];
const EXPORT_BATCH = 5000;

/** Every record of a client with the phone number in clear, for the client's own systems (audited). */
@Injectable()
export class ConsentExportService {
  constructor(
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    private readonly contexts: RequestContextFactory,
    private readonly records: ConsentRecordRepository,
  ) {}

  /** Checks access now; the rows are read afterwards, in a unit of work of their own that outlives the request. */
  async export(ctx: RequestContext, clientId: string): Promise<AsyncGenerator<ExportedRecord>> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    return this.contexts.stream(ctx.principal, ctx.meta, (own) => this.rows(own, clientId));
  }

  private async *rows(ctx: RequestContext, clientId: string): AsyncGenerator<ExportedRecord> {
    ctx.audit({ action: 'consent.exported', entityType: 'client', entityId: clientId, clientId });
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.records.exportBatch(ctx, clientId, after, EXPORT_BATCH);
      for (const row of page) {
        const { id: _id, phone_encrypted, ...fields } = row;
        yield { phone_number: this.vault.openPhone(phone_encrypted) ?? '(erased)', ...fields };
      }
      if (page.length < EXPORT_BATCH) return;
      after = page[page.length - 1].id;
    }
  }
}
