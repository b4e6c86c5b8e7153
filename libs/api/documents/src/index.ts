export * from './lib/storage/file-storage';
export { LocalFileStorage } from './lib/storage/local-file-storage';
export { S3FileStorage } from './lib/storage/s3-file-storage';
export * from './lib/document.entities';
export * from './lib/documents.module';
export { DocumentsService } from './lib/documents.service';
export { DocumentFilesService } from './lib/document-files.service';
export { addMonths, DEFAULT_REVIEW_MONTHS, mayReview } from './lib/documents.util';
