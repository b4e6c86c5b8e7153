export * from './lib/processing.module';
export { RegisterExportService, type RegisterData } from './lib/export/register-export.service';
