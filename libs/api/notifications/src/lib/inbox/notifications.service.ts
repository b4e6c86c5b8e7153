import { Injectable } from '@nestjs/common';
import {
  badInput,
  decodeCursor,
  isCursorTimestamp,
  isCursorUuid,
  isUuid,
  pageSize,
  toConnection,
  unauthenticated,
  type RequestContext,
} from '@klarsicht/api-core';
import type { MailTemplateName } from '../templates/catalogue';
import { OutboxService } from '../outbox/outbox.service';
import type { NotificationConnection, NotificationModel } from './notification.model';
import { notificationLink, notificationTitle } from './notification-titles';
import { NotificationsRepository, type NotificationRow } from './notifications.repository';

const memberOf = (ctx: RequestContext): string => {
  // API keys have no person to notify.
  if (!ctx.principal.userId) throw unauthenticated('Only signed-in members have notifications');
  return ctx.principal.userId;
};

/** One notice to one member from another feature: a line in the bell and a mail, in one unit of work. */
export type MemberNotice = {
  userId: string;
  email: string;
  language: 'de' | 'en';
  clientId: string;
  /** The in-app kind (notification-titles.ts) and the mail template; both read `data`. */
  kind: string;
  template: MailTemplateName;
  data: Record<string, unknown>;
  entityType: string;
  entityId: string;
};

/** The bell: a member's notifications in the current firm, and the events that create them. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly outbox: OutboxService,
  ) {}

  async list(
    ctx: RequestContext,
    args: { unreadOnly?: boolean | null; first?: number | null; after?: string | null },
  ): Promise<NotificationConnection> {
    const userId = memberOf(ctx);
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, [isCursorTimestamp, isCursorUuid]) as [string, string] | null;
    const rows = await this.notifications.page(ctx, userId, {
      unreadOnly: args.unreadOnly ?? false,
      limit,
      after,
    });
    const { language, ...counts } = await this.notifications.counts(ctx, userId);
    const connection = toConnection(
      rows,
      limit,
      args.unreadOnly ? counts.unread : counts.total,
      (r: NotificationRow) => [new Date(r.createdAt).toISOString(), r.id],
      after !== null,
      (r): NotificationModel => ({
        ...r,
        title: notificationTitle(r.kind, r.data, language),
        link: notificationLink(r.entityType, r.entityId, r.clientId),
      }),
    );
    return { ...connection, unreadCount: counts.unread };
  }

  /** Marks the given notifications (or all unread ones) of the signed-in member read; returns how many changed. */
  async markRead(ctx: RequestContext, ids: string[] | null | undefined): Promise<number> {
    const userId = memberOf(ctx);
    if (ids && (ids.length > 500 || !ids.every(isUuid)))
      throw badInput({ ids: 'Up to 500 notification ids' });
    return this.notifications.markRead(ctx, userId, ids ?? null);
  }

  /**
   * A task was given to someone else: a notification in the bell and a mail (unless they turned mail reminders off
   * — the assignment mail follows the reminder switch). Runs in the assigning unit of work.
   */
  async taskAssigned(
    ctx: RequestContext,
    task: { id: string; title: string; clientId: string; clientName: string; dueAt: Date | null },
    assigneeId: string,
  ): Promise<void> {
    if (assigneeId === ctx.principal.userId) return;
    const [recipient] = await this.notifications.recipients(ctx, [assigneeId]);
    if (!recipient) return;
    const data = {
      taskId: task.id,
      title: task.title,
      clientName: task.clientName,
      dueAt: task.dueAt ? task.dueAt.toISOString() : null,
      assignedBy: ctx.actor.label,
    };
    await this.notifications.insert(ctx, [
      {
        userId: assigneeId,
        clientId: task.clientId,
        kind: 'task_assigned',
        data,
        entityType: 'task',
        entityId: task.id,
      },
    ]);
    if (!recipient.remindersEnabled) return;
    await this.outbox.queue(ctx, [
      { userId: assigneeId, to: recipient.email, template: 'task-assigned', data, clientId: task.clientId },
    ]);
  }

  /**
   * Notices of a legal clock (a breach's 72 hours): always mailed, whatever the member's reminder switch — that
   * switch governs the routine deadline reminders, not a deadline the firm is liable for. Two statements.
   */
  async legalDeadline(ctx: RequestContext, notices: MemberNotice[]): Promise<void> {
    if (notices.length === 0) return;
    await this.notifications.insert(
      ctx,
      notices.map((n) => ({
        userId: n.userId,
        clientId: n.clientId,
        kind: n.kind,
        data: n.data,
        entityType: n.entityType,
        entityId: n.entityId,
      })),
    );
    await this.outbox.queue(
      ctx,
      notices.map((n) => ({
        userId: n.userId,
        to: n.email,
        language: n.language,
        template: n.template,
        data: n.data,
        clientId: n.clientId,
      })),
    );
  }
}
