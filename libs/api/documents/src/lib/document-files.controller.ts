import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { APP_CONFIG, badInput, Ctx, type AppConfig, type RequestContext } from '@klarsicht/api-core';
import { DocumentFilesService } from './document-files.service';
import type { DocumentVersionModel } from './models/document.models';

type MultipartRequest = FastifyRequest & {
  isMultipart(): boolean;
  file(options?: {
    limits?: { fileSize?: number; files?: number };
  }): Promise<{ fieldname: string; filename: string; file: Readable & { truncated?: boolean } } | undefined>;
};

// Room for the multipart framing around the file.
const MULTIPART_OVERHEAD = 16 * 1024;

/** RFC 6266/5987: an ASCII fallback and the exact UTF-8 name. */
export const contentDisposition = (filename: string): string => {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
};

@Controller('api')
export class DocumentFilesController {
  constructor(
    private readonly documents: DocumentFilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** POST /api/documents/:id/versions — multipart field `file`; streamed, sniffed, hashed. */
  @Post('documents/:id/versions')
  @HttpCode(201)
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Req() request: MultipartRequest,
  ): Promise<DocumentVersionModel> {
    const declared = Number(request.headers['content-length'] ?? 0);
    // Refused before a byte of the body is read.
    if (declared > this.config.DOCUMENT_MAX_BYTES + MULTIPART_OVERHEAD)
      throw new PayloadTooLargeException(`The file is larger than ${this.config.DOCUMENT_MAX_BYTES} bytes`);
    if (!request.isMultipart())
      throw badInput({ file: 'Send the file as multipart/form-data in the field "file"' });
    const part = await request.file({ limits: { fileSize: this.config.DOCUMENT_MAX_BYTES + 1, files: 1 } });
    if (!part || part.fieldname !== 'file') throw badInput({ file: 'Send the file in the field "file"' });
    return this.documents.upload(ctx, id, part.file, part.filename);
  }

  /** GET /api/document-versions/:id/content — the file as an attachment, never rendered by the browser. */
  @Get('document-versions/:id/content')
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { version, body } = await this.documents.download(ctx, id);
    void reply
      .header(
        'content-type',
        version.contentType.startsWith('text/')
          ? `${version.contentType}; charset=utf-8`
          : version.contentType,
      )
      .header('content-length', version.size)
      .header('content-disposition', contentDisposition(version.filename))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .header('digest', `sha-256=${Buffer.from(version.sha256, 'hex').toString('base64')}`)
      .send(body);
  }
}
