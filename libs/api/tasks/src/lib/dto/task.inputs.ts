import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@klarsicht/api-core';
import { TASK_PRIORITIES, TASK_STATUSES, type TaskPriority, type TaskStatus } from '../task.entity';
import { TaskPriorityEnum, TaskStatusEnum } from '../task.enums';

@InputType()
export class CreateTaskInput {
  @Field(() => ID) @IsUUID() clientId!: string;
  @Field(() => String) @IsString() @Length(1, 300) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) description?:
    string | null;
  @Field(() => TaskPriorityEnum, { nullable: true })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() dueAt?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string | null;
}

@InputType({ description: 'Omitted fields stay; dueAt/assigneeId null clears them.' })
export class UpdateTaskInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 300) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10_000) description?:
    string | null;
  @Field(() => TaskStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus | null;
  @Field(() => TaskPriorityEnum, { nullable: true })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() dueAt?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string | null;
}

@InputType()
export class AddTaskCommentInput {
  @Field(() => ID) @IsUUID() taskId!: string;
  @Field(() => String) @IsString() @Length(1, 10_000) body!: string;
}

@InputType()
export class TaskFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string;
  @Field(() => [TaskStatusEnum], { nullable: true, description: 'Default: all statuses.' })
  @IsOptional()
  @IsIn(TASK_STATUSES, { each: true })
  status?: TaskStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() overdue?: boolean;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskFilter)
  filter?: TaskFilter | null;
}
