import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';
import { UserRefModel } from '@klarsicht/api-tenancy';
import { TaskPriorityEnum, TaskSourceEnum, TaskStatusEnum } from '../task.enums';
import type { TaskPriority, TaskSource, TaskStatus } from '../task.entity';

@ObjectType('ClientRef')
export class ClientRefModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('TaskComment')
export class TaskCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => String) body!: string;
  @Field(() => String) authorLabel!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('Task')
export class TaskModel {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => TaskStatusEnum) status!: TaskStatus;
  @Field(() => TaskPriorityEnum) priority!: TaskPriority;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Boolean, { description: 'Due date passed and neither done nor dismissed.' }) overdue!: boolean;
  @Field(() => ClientRefModel) client!: ClientRefModel;
  @Field(() => TaskSourceEnum) source!: TaskSource;
  @Field(() => String, { nullable: true }) ruleId!: string | null;
  @Field(() => UserRefModel, { nullable: true }) assignee!: UserRefModel | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class TaskConnection extends Connection(TaskModel, 'Task') {}
