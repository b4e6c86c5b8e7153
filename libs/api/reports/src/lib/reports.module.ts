import { Module } from '@nestjs/common';
import { AdviceModule } from '@klarsicht/api-advice';
import { AuditModule } from '@klarsicht/api-audit';
import { ClientsModule } from '@klarsicht/api-clients';
import { ComplianceModule } from '@klarsicht/api-compliance';
import { ConsentModule } from '@klarsicht/api-consent';
import { DocumentsModule } from '@klarsicht/api-documents';
import { PortfolioModule } from '@klarsicht/api-portfolio';
import { RequestsModule } from '@klarsicht/api-requests';
import { ProcessingModule } from '@klarsicht/api-processing';
import { TasksModule } from '@klarsicht/api-tasks';
import { WhatsAppModule } from '@klarsicht/api-whatsapp';
import { AuditCertificateService } from './audit-certificate/audit-certificate.service';
import { ClientReportService } from './client-report/client-report.service';
import { ConsentProofReportService } from './consent-proof/consent-proof-report.service';
import { PortfolioReportService } from './portfolio-report/portfolio-report.service';
import { RegisterReportService } from './register-report/register-report.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { RequestExportReportService } from './request-export/request-export-report.service';
import { TasksExportService } from './tasks-export/tasks-export.service';

/** Reports a DPO hands over (docs/reports.md): PDFs (pdfkit, embedded DejaVu fonts) and .xlsx exports (exceljs). */
@Module({
  imports: [
    AdviceModule,
    AuditModule,
    ClientsModule,
    ComplianceModule,
    ConsentModule,
    DocumentsModule,
    PortfolioModule,
    RequestsModule,
    ProcessingModule,
    TasksModule,
    WhatsAppModule,
  ],
  controllers: [ReportsController],
  providers: [
    ReportsRepository,
    ClientReportService,
    PortfolioReportService,
    ConsentProofReportService,
    AuditCertificateService,
    TasksExportService,
    RequestExportReportService,
    RegisterReportService,
  ],
})
export class ReportsModule {}
