import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { AccessService, APP_CONFIG, AppError, badInput, Ctx, RequestContextFactory, type AppConfig, type RequestContext } from '@klarsicht/api-core';
import { Inject } from '@nestjs/common';
import { ConsentImportService } from './consent-import.service';
import { ConsentVault } from './consent-vault';
import type { ConsentImportModel } from './models/consent.models';

const EXPORT_COLUMNS = ['phone_number', 'purpose', 'status', 'requested_at', 'confirmed_at', 'withdrawn_at', 'text_version_id', 'text_sha256', 'updated_at'] as const;
const EXPORT_BATCH = 5000;

type MultipartRequest = FastifyRequest & {
  isMultipart(): boolean;
  file(options?: { limits?: { fileSize?: number; files?: number } }): Promise<{ fieldname: string; file: Readable & { truncated?: boolean } } | undefined>;
};

@Controller('api/clients/:clientId/consents')
export class ConsentFilesController {
  constructor(
    private readonly imports: ConsentImportService,
    private readonly access: AccessService,
    private readonly vault: ConsentVault,
    private readonly contexts: RequestContextFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** POST /api/clients/:clientId/consents/import?dryRun=true|false — multipart field `file` (CSV). */
  @Post('import')
  @HttpCode(200)
  async import(@Ctx() ctx: RequestContext, @Param('clientId') clientId: string, @Query('dryRun') dryRun: string | undefined, @Req() request: MultipartRequest): Promise<ConsentImportModel> {
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') throw badInput({ dryRun: 'Use true or false' });
    await this.access.requireClients(ctx, 'consents', 'write', [clientId]);
    if (!request.isMultipart()) throw badInput({ file: 'Send the CSV as multipart/form-data in the field "file"' });
    const part = await request.file({ limits: { fileSize: this.config.CONSENT_IMPORT_MAX_BYTES, files: 1 } });
    if (!part || part.fieldname !== 'file') throw badInput({ file: 'Send the CSV in the field "file"' });
    const result = await this.imports.run(ctx, clientId, part.file, dryRun === 'true');
    if (part.file.truncated) throw new AppError('BAD_USER_INPUT', `The file is larger than ${this.config.CONSENT_IMPORT_MAX_BYTES} bytes; nothing was saved`, { fields: { file: 'Too large' } });
    return result;
  }

  /** GET /api/clients/:clientId/consents/export — every record of the client as CSV, streamed. */
  @Get('export')
  async export(@Ctx() ctx: RequestContext, @Param('clientId') clientId: string, @Res() reply: FastifyReply): Promise<void> {
    await this.access.requireClients(ctx, 'consents', 'read', [clientId]);
    const own = this.contexts.create(ctx.principal, ctx.meta);
    own.audit({ action: 'consent.exported', entityType: 'client', entityId: clientId, clientId });
    const vault = this.vault;
    const rows = async function* (): AsyncGenerator<Record<string, unknown>> {
      try {
        let after = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const page = await own.query<Record<string, unknown> & { id: string; phone_encrypted: Buffer | null }>(
            `SELECT r.id, s.phone_encrypted, r.purpose, r.status, r.requested_at, r.confirmed_at, r.withdrawn_at, r.text_version_id, t.sha256 AS text_sha256, r.updated_at
               FROM consent_record r JOIN consent_subject s ON s.id = r.subject_id LEFT JOIN consent_text t ON t.id = r.text_version_id
              WHERE r.client_id = $1 AND r.id > $2 ORDER BY r.id LIMIT ${EXPORT_BATCH}`,
            [clientId, after],
          );
          for (const row of page) {
            yield {
              phone_number: vault.openPhone(row.phone_encrypted) ?? '(erased)',
              purpose: row['purpose'],
              status: row['status'],
              requested_at: (row['requested_at'] as Date | null)?.toISOString() ?? '',
              confirmed_at: (row['confirmed_at'] as Date | null)?.toISOString() ?? '',
              withdrawn_at: (row['withdrawn_at'] as Date | null)?.toISOString() ?? '',
              text_version_id: row['text_version_id'] ?? '',
              text_sha256: row['text_sha256'] ?? '',
              updated_at: (row['updated_at'] as Date).toISOString(),
            };
          }
          if (page.length < EXPORT_BATCH) break;
          after = page[page.length - 1].id;
        }
        await own.finish(true);
      } catch (error) {
        await own.finish(false);
        throw error;
      }
    };
    const stamp = new Date().toISOString().slice(0, 10);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="consents-${stamp}.csv"`)
      .header('x-content-type-options', 'nosniff')
      .send(Readable.from(rows()).pipe(stringify({ header: true, columns: [...EXPORT_COLUMNS] })));
  }
}
