import { Module } from '@nestjs/common';
import { ProcessingActivityRepository } from './processing-activity.repository';
import { ProcessingActivityService } from './processing-activity.service';
import { ProcessingTemplateRepository } from './processing-template.repository';
import { ProcessingTemplateService } from './processing-template.service';
import { ProcessingResolver } from './processing.resolver';

/** The record of processing activities and its templates (docs/registers.md). */
@Module({
  providers: [
    ProcessingActivityRepository,
    ProcessingActivityService,
    ProcessingTemplateRepository,
    ProcessingTemplateService,
    ProcessingResolver,
  ],
})
export class ProcessingModule {}
