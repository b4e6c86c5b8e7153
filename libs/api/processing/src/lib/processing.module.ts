import { Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '@klarsicht/api-core';
import { DpiaRepository } from './dpia/dpia.repository';
import { DpiaService } from './dpia/dpia.service';
import { RegisterExportController } from './export/register-export.controller';
import { RegisterExportService } from './export/register-export.service';
import { ProcessingActivityRepository } from './processing-activity.repository';
import { ProcessingActivityService } from './processing-activity.service';
import { ProcessingTemplateRepository } from './processing-template.repository';
import { ProcessingTemplateService } from './processing-template.service';
import { ProcessingResolver } from './processing.resolver';
import { PROCESSING_REVIEW_QUEUE, ProcessingReviewService } from './processing-review';
import { RegistersResolver } from './registers.resolver';
import { TomRepository } from './toms/tom.repository';
import { TomService } from './toms/tom.service';

/** The registers: processing activities and their templates, TOMs, DPIA screenings and DPIAs (docs/registers.md). */
@Module({
  controllers: [RegisterExportController],
  exports: [RegisterExportService, ProcessingTemplateService, ProcessingActivityService],
  providers: [
    RegisterExportService,
    ProcessingActivityRepository,
    ProcessingActivityService,
    ProcessingTemplateRepository,
    ProcessingTemplateService,
    ProcessingResolver,
    ProcessingReviewService,
    TomRepository,
    TomService,
    DpiaRepository,
    DpiaService,
    RegistersResolver,
  ],
})
export class ProcessingModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly reviews: ProcessingReviewService,
  ) {}

  onModuleInit(): void {
    // Daily: approved activities past their review date get a review task (closed by approving again).
    this.jobs.register(
      PROCESSING_REVIEW_QUEUE,
      () =>
        this.jobs.forEachTenant(PROCESSING_REVIEW_QUEUE, async (ctx) => {
          await this.reviews.openDueReviews(ctx, new Date());
        }),
      { cron: '10 6 * * *' },
    );
  }
}
