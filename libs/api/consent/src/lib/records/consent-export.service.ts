import { Injectable } from '@nestjs/common';
import { AccessService, RequestContextFactory, type RequestContext } from '@klarsicht/api-core';
import { ConsentVault } from '../consent-vault';
import { ConsentRecordRepository } from './consent-record.repository';

export const EXPORT_COLUMNS = [
  'phone_number',
  'purpose',
  'status',
  'requested_at',
  'confirmed_at',
  'withdrawn_at',
  'text_version_id',
  'text_sha256',
  'updated_at',
] as const;
export type ExportedRecord = Record<(typeof EXPORT_COLUMNS)[number], string>;
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
        yield {
          phone_number: this.vault.openPhone(row.phone_encrypted) ?? '(erased)',
          purpose: row.purpose,
          status: row.status,
          requested_at: row.requested_at?.toISOString() ?? '',
          confirmed_at: row.confirmed_at?.toISOString() ?? '',
          withdrawn_at: row.withdrawn_at?.toISOString() ?? '',
          text_version_id: row.text_version_id ?? '',
          text_sha256: row.text_sha256 ?? '',
          updated_at: row.updated_at.toISOString(),
        };
      }
      if (page.length < EXPORT_BATCH) return;
      after = page[page.length - 1].id;
    }
  }
}
