import { Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { ConsentModule } from '@klarsicht/api-consent';
import { DataSubjectRequestActionsService } from './data-subject-request-actions.service';
import { DataSubjectRequestRepository } from './data-subject-request.repository';
import { DataSubjectRequestResolver } from './data-subject-request.resolver';
import { DataSubjectRequestService } from './data-subject-request.service';
import { RequestIntakeRepository } from './intake/request-intake.repository';
import { RequestIntakeResolver } from './intake/request-intake.resolver';
import { RequestIntakeService } from './intake/request-intake.service';

export const REQUESTS_OVERDUE_QUEUE = 'data-subject-requests-overdue';

/** Data subject requests (docs/architecture.md, docs/legal-clocks.md): intake, deadlines, actions on consent data. */
@Module({
  imports: [ConsentModule],
  providers: [
    DataSubjectRequestRepository,
    DataSubjectRequestService,
    DataSubjectRequestActionsService,
    DataSubjectRequestResolver,
    RequestIntakeRepository,
    RequestIntakeService,
    RequestIntakeResolver,
  ],
  exports: [DataSubjectRequestActionsService],
})
export class RequestsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly requests: DataSubjectRequestRepository,
    private readonly rules: ComplianceService,
  ) {}

  onModuleInit(): void {
    // Hourly: a deadline passes without any change to the request; DSR-OVERDUE must see it (and open its task).
    this.jobs.register(
      REQUESTS_OVERDUE_QUEUE,
      () =>
        this.jobs.forEachTenant(REQUESTS_OVERDUE_QUEUE, async (ctx) => {
          const clientIds = await this.requests.clientsWithOverdue(ctx);
          if (clientIds.length) await this.rules.reevaluate(ctx, clientIds);
        }),
      { cron: '7 * * * *' },
    );
  }
}
