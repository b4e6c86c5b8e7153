import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { NotificationsService } from '@klarsicht/api-notifications';
import { breachNotificationDeadline } from '@klarsicht/compliance-rules/legal-clocks';
import { BreachRepository } from './breach.repository';

/** Hours after awareness at which an unnotified, notifiable breach is reminded of (docs/legal-clocks.md). */
export const BREACH_REMINDER_HOURS = [24, 48];

/**
 * The 24- and 48-hour reminders of the 72-hour clock: to the client's assigned DPO and the firm's owners, in the
 * bell and by mail. Each stage goes out once (claimed in breach.reminded_hours); a notified breach, a NO_RISK one
 * and one past its deadline (BREACH-NOT-NOTIFIED and the overdue task speak then) get none.
 */
@Injectable()
export class BreachRemindersService {
  constructor(
    private readonly breaches: BreachRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Runs as the system principal of one firm (the breaches-late job); returns how many notices went out. */
  async sendDue(ctx: RequestContext, now: Date): Promise<number> {
    if (ctx.principal.actor.type !== 'SYSTEM') throw new Error('Breach reminders run as the system only');
    const claimed = await this.breaches.claimReminders(ctx, now, BREACH_REMINDER_HOURS);
    await this.notifications.legalDeadline(
      ctx,
      claimed.map((r) => ({
        userId: r.userId,
        email: r.email,
        language: r.language,
        clientId: r.clientId,
        kind: 'breach_reminder',
        template: 'breach-reminder',
        data: {
          breachId: r.breachId,
          clientId: r.clientId,
          title: r.title,
          clientName: r.clientName,
          hours: r.hours,
          deadline: breachNotificationDeadline(r.discoveredAt).toISOString(),
        },
        entityType: 'breach',
        entityId: r.breachId,
      })),
    );
    return claimed.length;
  }
}
