import { registerEnumType } from '@nestjs/graphql';
import { TASK_PRIORITIES, TASK_SOURCES, TASK_STATUSES } from './task.entity';

const asEnum = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TaskStatusEnum = asEnum(TASK_STATUSES);
export const TaskPriorityEnum = asEnum(TASK_PRIORITIES);
export const TaskSourceEnum = asEnum(TASK_SOURCES);
registerEnumType(TaskStatusEnum, { name: 'TaskStatus' });
registerEnumType(TaskPriorityEnum, { name: 'TaskPriority' });
registerEnumType(TaskSourceEnum, { name: 'TaskSource' });
