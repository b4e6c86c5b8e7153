import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  APP_SECRETS,
  decrypt,
  publicBaseUrl,
  RequestContextFactory,
  SYSTEM_PRINCIPAL,
  type AppConfig,
  type AppSecrets,
} from '@klarsicht/api-core';
import { MAIL_TRANSPORT, type MailTransport } from '../mail/mail-transport';
import { isMailTemplate, MAIL_TEMPLATES } from '../templates/catalogue';
import { renderMail } from '../templates/render';
import { OutboxRepository, type OutboxRow } from './outbox.repository';

const BATCH = 200;
const MAX_BACKOFF_SECONDS = 3600;

/**
 * The outbox worker: takes each due message in its firm's scope, locked, hands it to the transport and records
 * the outcome in the same transaction (QUEUED → SENT, or another attempt later, or FAILED with the last error).
 */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger('Mail');
  private readonly baseUrl: string;
  private readonly messageIdHost: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_SECRETS) private readonly secrets: AppSecrets,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly outbox: OutboxRepository,
    private readonly contexts: RequestContextFactory,
  ) {
    this.baseUrl = publicBaseUrl(config);
    // The public host, so a resent mail carries the same Message-ID.
    this.messageIdHost = new URL(this.baseUrl).hostname || 'klarsicht';
  }

  /** Forgets sent and failed mail after MAIL_RETENTION_DAYS (the audit trail keeps the fact). */
  purgeOld(): Promise<number> {
    return this.outbox.purge(this.config.MAIL_RETENTION_DAYS);
  }

  /**
   * Delivers what is due now, of every firm or only of `tenantIds` (operations: one firm's mail at once; tests that
   * share a database); returns how many were sent and how many attempts failed.
   */
  async deliverDue(tenantIds: string[] | null = null): Promise<{ sent: number; failed: number }> {
    const result = { sent: 0, failed: 0 };
    for (;;) {
      const due = await this.outbox.due(BATCH, tenantIds);
      const failedBefore = result.failed;
      for (const { id, tenantId } of due) {
        const outcome = await this.contexts.runSeparately(
          SYSTEM_PRINCIPAL(tenantId),
          { ip: null, userAgent: null, requestId: `job:mail-outbox:${id}` },
          async (ctx) => {
            const row = await this.outbox.claim(ctx, id);
            if (!row) return null;
            const error = await this.send(row).then(
              () => null,
              (e: Error) => e.message || String(e),
            );
            if (error === null) {
              await this.outbox.markSent(ctx, id);
              ctx.audit({
                action: 'mail.sent',
                entityType: 'outbox_message',
                entityId: id,
                changes: { template: row.template },
              });
              return 'sent';
            }
            const attempt = row.attempts + 1;
            const retry =
              attempt >= this.config.MAIL_MAX_ATTEMPTS
                ? null
                : Math.min(MAX_BACKOFF_SECONDS, this.config.MAIL_RETRY_BASE_SECONDS * 2 ** (attempt - 1));
            await this.outbox.markAttemptFailed(ctx, id, error, retry);
            this.logger.warn(`Mail ${id} (${row.template}) attempt ${attempt} failed: ${error}`);
            if (retry === null)
              ctx.audit({
                action: 'mail.failed',
                entityType: 'outbox_message',
                entityId: id,
                changes: { template: row.template, attempts: attempt, error: error.slice(0, 200) },
              });
            return 'failed';
          },
        );
        if (outcome === 'sent') result.sent += 1;
        if (outcome === 'failed') result.failed += 1;
      }
      // A full batch sent without failure may have more behind it; a failed message waits for its next attempt.
      if (due.length < BATCH || result.failed > failedBefore) return result;
    }
  }

  private async send(row: OutboxRow): Promise<void> {
    if (!isMailTemplate(row.template)) throw new Error(`Unknown mail template ${row.template}`);
    const { baseUrl } = this;
    const secret = row.secret ? decrypt(this.secrets.encryptionKey, row.secret) : null;
    const content = MAIL_TEMPLATES[row.template](row.data, {
      language: row.language,
      firmName: row.firmName,
      baseUrl,
      secret,
    });
    const mail = await renderMail(content, {
      language: row.language,
      firmName: row.firmName,
      settingsUrl: `${baseUrl}/settings/notifications`,
    });
    await this.transport.send({
      ...mail,
      to: row.recipient,
      messageId: `<${row.id}@${this.messageIdHost}>`,
    });
  }
}
