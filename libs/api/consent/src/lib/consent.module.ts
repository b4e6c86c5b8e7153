import { Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '@klarsicht/api-core';
import { ConsentCheckRepository } from './check/consent-check.repository';
import { ConsentCheckResolver } from './check/consent-check.resolver';
import { ConsentCheckService } from './check/consent-check.service';
import { ConsentVault } from './consent-vault';
import { ConsentErasureResolver } from './erasure/consent-erasure.resolver';
import { ConsentErasureService } from './erasure/consent-erasure.service';
import { ConsentImportController } from './import/consent-import.controller';
import { ConsentImportRepository } from './import/consent-import.repository';
import { ConsentImportResolver } from './import/consent-import.resolver';
import { ConsentImportService } from './import/consent-import.service';
import { ConsentImportWriter } from './import/consent-import-writer.service';
import { ConsentProofResolver } from './proof/consent-proof.resolver';
import { ConsentProofService } from './proof/consent-proof.service';
import { ConsentExportController } from './records/consent-export.controller';
import { ConsentExportService } from './records/consent-export.service';
import { ConsentRecordRepository } from './records/consent-record.repository';
import { ConsentRecordResolver } from './records/consent-record.resolver';
import { ConsentRecordService } from './records/consent-record.service';
import { ConsentRequestRepository } from './requests/consent-request.repository';
import { ConsentRequestResolver } from './requests/consent-request.resolver';
import { ConsentRequestService } from './requests/consent-request.service';
import { ConsentSubjectRepository } from './subjects/consent-subject.repository';
import { ConsentSubjectsService } from './subjects/consent-subjects.service';
import { ConsentTextRepository } from './texts/consent-text.repository';
import { ConsentTextResolver } from './texts/consent-text.resolver';
import { ConsentTextService } from './texts/consent-text.service';

export const CONSENT_EXPIRE_QUEUE = 'consent-expire-pending';

/** Consent (docs/architecture.md): texts, double opt-in requests, records and withdrawal, erasure, proof, import and export. */
@Module({
  providers: [
    ConsentVault,
    ConsentSubjectRepository,
    ConsentSubjectsService,
    ConsentTextRepository,
    ConsentTextService,
    ConsentTextResolver,
    ConsentRecordRepository,
    ConsentRecordService,
    ConsentRecordResolver,
    ConsentExportService,
    ConsentRequestRepository,
    ConsentRequestService,
    ConsentRequestResolver,
    ConsentErasureService,
    ConsentErasureResolver,
    ConsentProofService,
    ConsentProofResolver,
    ConsentImportRepository,
    ConsentImportService,
    ConsentImportWriter,
    ConsentImportResolver,
    ConsentCheckRepository,
    ConsentCheckService,
    ConsentCheckResolver,
  ],
  controllers: [ConsentImportController, ConsentExportController],
  // The data subject requests (libs/api/requests) act on a person's consent data through these.
  exports: [
    ConsentRequestService,
    ConsentRecordService,
    ConsentErasureService,
    ConsentProofService,
    ConsentVault,
  ],
})
export class ConsentModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly records: ConsentRecordService,
  ) {}

  onModuleInit(): void {
    // Every 15 minutes: pending opt-ins past their deadline expire, firm by firm.
    this.jobs.register(
      CONSENT_EXPIRE_QUEUE,
      () =>
        this.jobs.forEachTenant(
          CONSENT_EXPIRE_QUEUE,
          async (ctx) => void (await this.records.expirePendingOptIns(ctx, new Date())),
        ),
      { cron: '*/15 * * * *' },
    );
  }
}
