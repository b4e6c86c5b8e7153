import { Injectable } from '@nestjs/common';
import { unauthenticated, type RequestContext } from '@klarsicht/api-core';
import type { NotificationPreferencesModel, UpdateNotificationPreferencesInput } from './preferences.model';
import { PreferencesRepository } from './preferences.repository';

const userOf = (ctx: RequestContext): string => {
  if (!ctx.principal.userId) throw unauthenticated('Only signed-in users have notification preferences');
  return ctx.principal.userId;
};

/** The signed-in person's own notification settings; every mail links here. */
@Injectable()
export class PreferencesService {
  constructor(private readonly preferences: PreferencesRepository) {}

  get(ctx: RequestContext): Promise<NotificationPreferencesModel> {
    return this.preferences.get(ctx, userOf(ctx));
  }

  async update(
    ctx: RequestContext,
    input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesModel> {
    const userId = userOf(ctx);
    const before = await this.preferences.get(ctx, userId);
    const after: NotificationPreferencesModel = {
      language: input.language ?? before.language,
      digestEnabled: input.digestEnabled ?? before.digestEnabled,
      digestHour: input.digestHour ?? before.digestHour,
      remindersEnabled: input.remindersEnabled ?? before.remindersEnabled,
    };
    await this.preferences.save(ctx, userId, after);
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof NotificationPreferencesModel)[])
        .filter((key) => after[key] !== before[key])
        .map((key) => [key, { before: before[key], after: after[key] }]),
    );
    if (Object.keys(changes).length > 0)
      ctx.audit({
        action: 'user.notification_preferences_changed',
        entityType: 'user',
        entityId: userId,
        changes,
      });
    return after;
  }
}
