import { Controller, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import {
  AccessService,
  APP_CONFIG,
  AppError,
  badInput,
  Ctx,
  type AppConfig,
  type RequestContext,
} from '@klarsicht/api-core';
import type { ConsentImportModel } from '../models/consent.models';
import { ConsentImportService } from './consent-import.service';

type MultipartRequest = FastifyRequest & {
  isMultipart(): boolean;
  file(options?: {
    limits?: { fileSize?: number; files?: number };
  }): Promise<{ fieldname: string; file: Readable & { truncated?: boolean } } | undefined>;
};

@Controller('api/clients/:clientId/consents')
export class ConsentImportController {
  constructor(
    private readonly imports: ConsentImportService,
    private readonly access: AccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** POST /api/clients/:clientId/consents/import?dryRun=true|false — multipart field `file` (CSV). */
  @Post('import')
  @HttpCode(200)
  async import(
    @Ctx() ctx: RequestContext,
    @Param('clientId') clientId: string,
    @Query('dryRun') dryRun: string | undefined,
    @Req() request: MultipartRequest,
  ): Promise<ConsentImportModel> {
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false')
      throw badInput({ dryRun: 'Use true or false' });
    await this.access.requireClients(ctx, 'consents', 'write', [clientId]);
    if (!request.isMultipart())
      throw badInput({ file: 'Send the CSV as multipart/form-data in the field "file"' });
    const part = await request.file({ limits: { fileSize: this.config.CONSENT_IMPORT_MAX_BYTES, files: 1 } });
    if (!part || part.fieldname !== 'file') throw badInput({ file: 'Send the CSV in the field "file"' });
    const result = await this.imports.run(ctx, clientId, part.file, dryRun === 'true');
    if (part.file.truncated)
      throw new AppError(
        'BAD_USER_INPUT',
        `The file is larger than ${this.config.CONSENT_IMPORT_MAX_BYTES} bytes; nothing was saved`,
        { fields: { file: 'Too large' } },
      );
    return result;
  }
}
