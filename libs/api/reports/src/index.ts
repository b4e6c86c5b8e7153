export * from './lib/reports.module';
export { ReportPdf } from './lib/pdf/report-pdf';
