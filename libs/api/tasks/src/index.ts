export * from './lib/task.entity';
export * from './lib/task-comment.entity';
export * from './lib/tasks.module';
export * from './lib/tasks.service';
export * from './lib/generated-tasks.service';
