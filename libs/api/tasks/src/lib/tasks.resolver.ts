import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { AddTaskCommentInput, CreateTaskInput, TasksArgs, UpdateTaskInput } from './dto/task.inputs';
import { TaskCommentModel, TaskConnection, TaskModel } from './models/task.model';
import { TasksService } from './tasks.service';

@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(private readonly service: TasksService) {}

  @Query(() => TaskConnection, {
    description: 'Tasks across the portfolio (client users: their client), soonest due first.',
  })
  tasks(@Ctx() ctx: RequestContext, @Args() args: TasksArgs): Promise<TaskConnection> {
    return this.service.list(ctx, args);
  }

  @Query(() => TaskModel, { nullable: true })
  task(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<TaskModel> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => TaskModel)
  createTask(@Ctx() ctx: RequestContext, @Args('input') input: CreateTaskInput): Promise<TaskModel> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => TaskModel)
  updateTask(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTaskInput,
  ): Promise<TaskModel> {
    return this.service.update(ctx, id, input);
  }

  @Mutation(() => TaskCommentModel)
  addTaskComment(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddTaskCommentInput,
  ): Promise<TaskCommentModel> {
    return this.service.addComment(ctx, input);
  }

  @ResolveField(() => [TaskCommentModel])
  comments(@Ctx() ctx: RequestContext, @Parent() task: TaskModel): Promise<TaskCommentModel[]> {
    return this.service.commentsOf(ctx, task.id);
  }
}
