import { Module } from '@nestjs/common';
import { AdviceRepository } from './advice.repository';
import { AdviceResolver } from './advice.resolver';
import { AdviceService } from './advice.service';

/** The advice record (docs/architecture.md, docs/judgement.md). */
@Module({
  providers: [AdviceRepository, AdviceService, AdviceResolver],
  // The client report lists a client's advice.
  exports: [AdviceService],
})
export class AdviceModule {}
