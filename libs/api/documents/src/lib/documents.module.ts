import { Module, type OnModuleInit } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, JobsService, type AppConfig } from '@klarsicht/api-core';
import { DocumentFilesController } from './document-files.controller';
import { DocumentsResolver } from './documents.resolver';
import { DocumentFilesService } from './document-files.service';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage';
import { LocalFileStorage } from './storage/local-file-storage';
import { S3FileStorage } from './storage/s3-file-storage';

export const DOCUMENT_REVIEW_QUEUE = 'document-review-due';

/** The configured FileStorage: local disk (default) or S3-compatible. */
export const createFileStorage = (config: AppConfig): FileStorage => {
  if (config.FILE_STORAGE === 's3') {
    if (!config.S3_BUCKET) throw new Error('FILE_STORAGE=s3 needs S3_BUCKET');
    return new S3FileStorage({
      bucket: config.S3_BUCKET,
      prefix: config.S3_PREFIX,
      client: {
        region: config.S3_REGION,
        endpoint: config.S3_ENDPOINT,
        forcePathStyle: config.S3_FORCE_PATH_STYLE,
        ...(config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? {
              credentials: {
                accessKeyId: config.S3_ACCESS_KEY_ID,
                secretAccessKey: config.S3_SECRET_ACCESS_KEY,
              },
            }
          : {}),
      },
    });
  }
  return new LocalFileStorage(config.FILES_DIR ?? join(config.DATA_DIR, 'files'));
};

@Module({
  providers: [
    DocumentsRepository,
    DocumentsService,
    DocumentFilesService,
    DocumentsResolver,
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: createFileStorage },
  ],
  controllers: [DocumentFilesController],
  exports: [DocumentsService, FILE_STORAGE],
})
export class DocumentsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly documents: DocumentsService,
  ) {}

  onModuleInit(): void {
    // Daily at 06:00 (Europe/Berlin): reviews that became due open their tasks.
    this.jobs.register(
      DOCUMENT_REVIEW_QUEUE,
      () =>
        this.jobs.forEachTenant(
          DOCUMENT_REVIEW_QUEUE,
          async (ctx) => void (await this.documents.markDueReviews(ctx, new Date())),
        ),
      { cron: '0 6 * * *' },
    );
  }
}
