import { Module, type OnModuleInit } from '@nestjs/common';
import { COMPLIANCE_FACTS, JobsService } from '@klarsicht/api-core';
import { ConsentFactsContributor } from './consent-facts.contributor';
import { ConsentFilesController } from './consent-files.controller';
import { ConsentImportService } from './consent-import.service';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';
import { ConsentVault } from './consent-vault';

export const CONSENT_EXPIRE_QUEUE = 'consent-expire-pending';

@Module({
  providers: [ConsentVault, ConsentService, ConsentImportService, ConsentResolver, { provide: COMPLIANCE_FACTS, useClass: ConsentFactsContributor }],
  controllers: [ConsentFilesController],
  exports: [ConsentService],
})
export class ConsentModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly consent: ConsentService,
  ) {}

  onModuleInit(): void {
    // Every 15 minutes: pending opt-ins past their deadline expire, firm by firm.
    this.jobs.register(CONSENT_EXPIRE_QUEUE, () => this.jobs.forEachTenant(CONSENT_EXPIRE_QUEUE, async (ctx) => void (await this.consent.expirePendingOptIns(ctx, new Date()))), { cron: '*/15 * * * *' });
  }
}
