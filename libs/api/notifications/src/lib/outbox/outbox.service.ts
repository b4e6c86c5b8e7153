import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_SECRETS,
  encrypt,
  JobsService,
  newId,
  type AppSecrets,
  type RequestContext,
} from '@klarsicht/api-core';
import type { MailTemplateName } from '../templates/catalogue';
import { OutboxRepository } from './outbox.repository';

export const MAIL_OUTBOX_QUEUE = 'mail-outbox';

export type MailRequest = {
  /** The recipient's account, when they have one (their language preference applies). */
  userId: string | null;
  to: string;
  template: MailTemplateName;
  /** What the template shows; never a token (that is `secret`). */
  data: Record<string, unknown>;
  /** A link token the mail carries: stored sealed, wiped once the mail is sent. */
  secret?: string | null;
  /** The language when the recipient has no account with a preference (an invitee); German without either. */
  language?: 'de' | 'en' | null;
  /** What the audit entry points at besides the message (the invitation, the task). */
  clientId?: string | null;
};

/**
 * Queues mail in the caller's unit of work (the transactional outbox): it leaves only if the change that caused it
 * commits, and it is not lost when the mail server is down. The delivery job is woken after the commit.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly jobs: JobsService,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
  ) {}

  async queue(ctx: RequestContext, requests: MailRequest[]): Promise<string[]> {
    if (requests.length === 0) return [];
    const messages = requests.map((r) => ({
      id: newId(),
      userId: r.userId,
      recipient: r.to,
      language: r.language ?? null,
      template: r.template,
      data: r.data,
      secret: r.secret ? encrypt(this.secrets.encryptionKey, r.secret) : null,
    }));
    await this.outbox.insert(ctx, messages);
    messages.forEach((message, i) =>
      // The trail names the kind of mail and its recipient's account, never the body, the address or a token.
      ctx.audit({
        action: 'mail.queued',
        entityType: 'outbox_message',
        entityId: message.id,
        clientId: requests[i]?.clientId ?? null,
        changes: { template: message.template, userId: message.userId },
      }),
    );
    ctx.afterCommit(() => this.wake());
    return messages.map((m) => m.id);
  }

  /** Tells a worker there is mail; without workers (JOBS_ENABLED=false) the schedule or `runNow` delivers it. */
  private wake(): void {
    if (!this.jobs.started) return;
    this.jobs
      .send(MAIL_OUTBOX_QUEUE)
      .catch((error: Error) => this.logger.warn(`Could not wake the mail worker: ${error.message}`));
  }
}
