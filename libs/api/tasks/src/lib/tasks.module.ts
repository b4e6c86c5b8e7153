import { Global, Module } from '@nestjs/common';
import { GeneratedTasksService } from './generated-tasks.service';
import { TasksRepository } from './tasks.repository';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

// Global: features that generate tasks (rules, document reviews) inject GeneratedTasksService.
@Global()
@Module({
  providers: [TasksRepository, TasksService, GeneratedTasksService, TasksResolver],
  exports: [TasksService, GeneratedTasksService],
})
export class TasksModule {}
