import {
  Inject,
  Injectable,
  Logger,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import {
  AccessService,
  APP_CONFIG,
  conflict,
  newId,
  type AppConfig,
  type RequestContext,
} from '@klarsicht/api-core';
import { cleanFilename, SNIFF_BYTES, sniffContentType } from './content-sniffing';
import { DocumentEntity, DocumentVersion } from './document.entities';
import { DocumentsRepository } from './documents.repository';
import { toVersionModel } from './documents.util';
import type { DocumentVersionModel } from './models/document.models';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage';

const NOT_ALLOWED = 'This file type is not allowed: PDF, PNG, JPEG, DOCX, XLSX, ODT, TXT or CSV';

/** The files of documents: uploads streamed into a FileStorage (sniffed, hashed, size-limited), verified downloads. */
@Injectable()
export class DocumentFilesService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly access: AccessService,
    private readonly documents: DocumentsRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Streams an upload into storage under a generated key while hashing it; the type is sniffed from the first
   * bytes against the allow-list. Throws 413 past the size limit and 415 for anything not allowed; nothing stays
   * stored then. The new version puts the document IN_REVIEW.
   */
  async upload(
    ctx: RequestContext,
    documentId: string,
    file: Readable & { truncated?: boolean },
    rawFilename: string | undefined,
  ): Promise<DocumentVersionModel> {
    const doc = await this.access.requireRecord(ctx, 'documents', 'write', DocumentEntity, documentId);
    if (doc.status === 'ARCHIVED') throw conflict('The document is archived');
    const filename = cleanFilename(rawFilename);
    const max = this.config.DOCUMENT_MAX_BYTES;
    const versionId = newId();
    const key = `${ctx.tenantId}/${documentId}/${versionId}`;
    const hash = createHash('sha256');
    const seen = { size: 0, contentType: null as string | null };
    const inspect = async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      let head: Buffer[] = [];
      let headBytes = 0;
      const check = async (): Promise<Buffer[]> => {
        seen.contentType = await sniffContentType(Buffer.concat(head), filename);
        if (!seen.contentType) throw new UnsupportedMediaTypeException(NOT_ALLOWED);
        const out = head;
        head = [];
        return out;
      };
      for await (const chunk of source) {
        seen.size += chunk.length;
        if (seen.size > max) throw new PayloadTooLargeException(`The file is larger than ${max} bytes`);
        hash.update(chunk);
        if (seen.contentType) {
          yield chunk;
          continue;
        }
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= SNIFF_BYTES) yield* await check();
      }
      if (!seen.contentType) yield* await check();
    };
    try {
      await this.storage.put(key, Readable.from(inspect(file)));
    } catch (error) {
      file.resume();
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
    if (file.truncated) {
      await this.storage.delete(key).catch(() => undefined);
      throw new PayloadTooLargeException(`The file is larger than ${max} bytes`);
    }
    const { size, contentType } = seen;
    if (!contentType) throw new UnsupportedMediaTypeException(NOT_ALLOWED);
    try {
      const version = await this.documents.insertVersion(ctx, {
        id: versionId,
        clientId: doc.clientId,
        documentId,
        storageKey: key,
        filename,
        contentType,
        size: String(size),
        sha256: hash.digest('hex'),
      });
      ctx.audit({
        action: 'document.version_uploaded',
        entityType: 'document',
        entityId: documentId,
        clientId: doc.clientId,
        changes: { versionId, version: version.version, filename, contentType, size, sha256: version.sha256 },
      });
      return toVersionModel(version);
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  /** The stored bytes of a version, checked against the recorded SHA-256 while they stream (audited). */
  async download(
    ctx: RequestContext,
    versionId: string,
  ): Promise<{ version: DocumentVersion; body: Readable }> {
    const version = await this.access.requireRecord(ctx, 'documents', 'read', DocumentVersion, versionId);
    ctx.audit({
      action: 'document.downloaded',
      entityType: 'document',
      entityId: version.documentId,
      clientId: version.clientId,
      changes: { versionId, sha256: version.sha256 },
    });
    const stored = await this.storage.get(version.storageKey);
    const hash = createHash('sha256');
    const logger = this.logger;
    // The last chunk is held back until the whole file matched its SHA-256: a corrupted file never arrives complete.
    let held: Buffer | null = null;
    const verify = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        const previous = held;
        held = chunk;
        done(null, previous ?? undefined);
      },
      flush(done) {
        const actual = hash.digest('hex');
        if (actual !== version.sha256) {
          logger.error(
            `Checksum mismatch for document version ${version.id}: stored ${actual}, recorded ${version.sha256}`,
          );
          done(new Error('Stored file does not match its checksum'));
        } else done(null, held ?? undefined);
      },
    });
    stored.on('error', (error) => verify.destroy(error));
    return { version, body: stored.pipe(verify) };
  }
}
