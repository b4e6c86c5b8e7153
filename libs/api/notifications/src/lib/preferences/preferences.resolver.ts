import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@klarsicht/api-core';
import { NotificationPreferencesModel, UpdateNotificationPreferencesInput } from './preferences.model';
import { PreferencesService } from './preferences.service';

@Resolver()
export class PreferencesResolver {
  constructor(private readonly service: PreferencesService) {}

  @Query(() => NotificationPreferencesModel, {
    description: 'Mail and reminder settings of the signed-in user.',
  })
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferencesModel> {
    return this.service.get(ctx);
  }

  @Mutation(() => NotificationPreferencesModel)
  updateNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesModel> {
    return this.service.update(ctx, input);
  }
}
