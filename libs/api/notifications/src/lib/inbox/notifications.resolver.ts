import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { Ctx, PageArgs, type RequestContext } from '@klarsicht/api-core';
import { NotificationConnection } from './notification.model';
import { NotificationsService } from './notifications.service';

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, {
    description: "The signed-in member's notifications in the current firm, newest first.",
  })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args() args: NotificationsArgs,
  ): Promise<NotificationConnection> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Int, {
    description:
      'Marks notifications of the signed-in member read (all unread ones without ids); how many changed.',
  })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.service.markRead(ctx, ids);
  }
}
