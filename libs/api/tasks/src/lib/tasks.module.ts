import { Global, Module } from '@nestjs/common';
import { GENERATED_TASKS } from '@klarsicht/api-core';
import { PortfolioTasksResolver, TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

// Global: features that generate tasks (rules, document reviews, consent hygiene) inject GENERATED_TASKS.
@Global()
@Module({
  providers: [TasksService, { provide: GENERATED_TASKS, useExisting: TasksService }, TasksResolver, PortfolioTasksResolver],
  exports: [TasksService, GENERATED_TASKS],
})
export class TasksModule {}
