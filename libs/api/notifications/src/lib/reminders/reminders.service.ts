import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type RequestContext } from '@klarsicht/api-core';
import { NotificationsRepository, type NewNotification } from '../inbox/notifications.repository';
import { OutboxService, type MailRequest } from '../outbox/outbox.service';
import { RemindersRepository, type ClaimedReminder } from './reminders.repository';

export const REMINDERS_QUEUE = 'notification-reminders';

const KIND_PREFIX = { task: 'task', document: 'review', advice: 'advice' } as const;

const kindOf = (r: ClaimedReminder): string =>
  `${KIND_PREFIX[r.itemType]}_${r.offsetDays < 0 ? 'overdue' : 'due'}`;

const templateOf = (
  r: ClaimedReminder,
  common: Record<string, unknown>,
): Pick<MailRequest, 'template' | 'data'> => {
  if (r.itemType === 'task') return { template: 'task-reminder', data: { ...common, taskId: r.itemId } };
  if (r.itemType === 'advice')
    return { template: 'advice-reminder', data: { ...common, adviceId: r.itemId, clientId: r.clientId } };
  return { template: 'review-reminder', data: { ...common, documentId: r.itemId, clientId: r.clientId } };
};

const mailOf = (r: ClaimedReminder): MailRequest => {
  const common = { title: r.title, clientName: r.clientName, dueAt: r.dueAt, offsetDays: r.offsetDays };
  return {
    userId: r.userId,
    to: r.email,
    language: r.language,
    clientId: r.clientId,
    ...templateOf(r, common),
  };
};

const notificationOf = (r: ClaimedReminder): NewNotification => ({
  userId: r.userId,
  clientId: r.clientId,
  kind: kindOf(r),
  data: { title: r.title, clientName: r.clientName, dueAt: r.dueAt },
  entityType: r.itemType,
  entityId: r.itemId,
});

/**
 * Deadline reminders of one firm (docs/architecture.md § Reminders and digest): three statements whatever the
 * number of items — claim (reminder_sent), queue the mails (outbox), write the in-app notifications.
 */
@Injectable()
export class RemindersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersRepository,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsRepository,
  ) {}

  /** Runs as the system principal of one firm (the job); returns how many reminders went out. */
  async sendDue(ctx: RequestContext, now: Date): Promise<number> {
    if (ctx.principal.actor.type !== 'SYSTEM') throw new Error('Reminders run as the system only');
    const claimed = await this.reminders.claimDue(ctx, now, this.config.REMINDER_OFFSETS_DAYS);
    if (claimed.length === 0) return 0;
    await this.outbox.queue(ctx, claimed.map(mailOf));
    await this.notifications.insert(ctx, claimed.map(notificationOf));
    return claimed.length;
  }
}
