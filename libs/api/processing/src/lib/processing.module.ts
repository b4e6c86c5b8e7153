import { Module } from '@nestjs/common';
import { DpiaRepository } from './dpia/dpia.repository';
import { DpiaService } from './dpia/dpia.service';
import { RegisterExportController } from './export/register-export.controller';
import { RegisterExportService } from './export/register-export.service';
import { ProcessingActivityRepository } from './processing-activity.repository';
import { ProcessingActivityService } from './processing-activity.service';
import { ProcessingTemplateRepository } from './processing-template.repository';
import { ProcessingTemplateService } from './processing-template.service';
import { ProcessingResolver } from './processing.resolver';
import { RegistersResolver } from './registers.resolver';
import { TomRepository } from './toms/tom.repository';
import { TomService } from './toms/tom.service';

/** The registers: processing activities and their templates, TOMs, DPIA screenings and DPIAs (docs/registers.md). */
@Module({
  controllers: [RegisterExportController],
  providers: [
    RegisterExportService,
    ProcessingActivityRepository,
    ProcessingActivityService,
    ProcessingTemplateRepository,
    ProcessingTemplateService,
    ProcessingResolver,
    TomRepository,
    TomService,
    DpiaRepository,
    DpiaService,
    RegistersResolver,
  ],
})
export class ProcessingModule {}
