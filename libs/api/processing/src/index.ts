export * from './lib/processing.module';
export { RegisterExportService, type RegisterData } from './lib/export/register-export.service';
export { ProcessingActivityService } from './lib/processing-activity.service';
export { ProcessingTemplateService } from './lib/processing-template.service';
