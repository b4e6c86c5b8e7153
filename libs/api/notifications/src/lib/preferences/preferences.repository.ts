import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { NotificationPreferencesModel } from './preferences.model';

const COLUMNS = `language, digest_enabled AS "digestEnabled", digest_hour AS "digestHour", reminders_enabled AS "remindersEnabled"`;
export const DEFAULT_PREFERENCES: NotificationPreferencesModel = {
  language: 'de',
  digestEnabled: true,
  digestHour: 7,
  remindersEnabled: true,
};

/** A user's notification preferences (one row per account, across firms; defaults without a row). */
@Injectable()
export class PreferencesRepository {
  async get(ctx: RequestContext, userId: string): Promise<NotificationPreferencesModel> {
    const [row] = await ctx.query<NotificationPreferencesModel>(
      `SELECT ${COLUMNS} FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return row ?? DEFAULT_PREFERENCES;
  }

  async save(ctx: RequestContext, userId: string, values: NotificationPreferencesModel): Promise<void> {
    await ctx.query(
      `INSERT INTO notification_preference (user_id, language, digest_enabled, digest_hour, reminders_enabled)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id) DO UPDATE SET language = $2, digest_enabled = $3, digest_hour = $4,
         reminders_enabled = $5, updated_at = now()`,
      [userId, values.language, values.digestEnabled, values.digestHour, values.remindersEnabled],
    );
  }
}
