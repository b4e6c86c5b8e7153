import { Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '@klarsicht/api-core';

/** One rendered mail, ready to leave. `messageId` is stable per outbox row, so a resent mail is recognisable. */
export type OutgoingMail = {
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
};

/** Where mail goes: SMTP, or files under DATA_DIR/mail/ (docs/operations.md § Mail). */
export type MailTransport = {
  readonly kind: 'smtp' | 'file';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

const message = (config: AppConfig, mail: OutgoingMail) => ({
  from: config.MAIL_FROM,
  to: mail.to,
  subject: mail.subject,
  html: mail.html,
  text: mail.text,
  messageId: mail.messageId,
  headers: { 'Auto-Submitted': 'auto-generated' },
});

/** SMTP through nodemailer (`SMTP_URL`); bounded waits, so a hanging server fails the attempt and it is retried. */
class SmtpTransport implements MailTransport {
  readonly kind = 'smtp';
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig) {
    const url = new URL(config.SMTP_URL ?? '');
    // Bounded waits as URL parameters (nodemailer reads them from the connection URL).
    for (const [key, value] of [
      ['connectionTimeout', '10000'],
      ['greetingTimeout', '10000'],
      ['socketTimeout', '20000'],
    ] as const)
      if (!url.searchParams.has(key)) url.searchParams.set(key, value);
    this.transporter = createTransport(url.toString());
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(message(this.config, mail));
  }

  close(): void {
    this.transporter.close();
  }
}

/** Without SMTP (the embedded default): each mail as an .eml file, built by nodemailer like a sent one. */
class FileTransport implements MailTransport {
  readonly kind = 'file';
  private readonly logger = new Logger('Mail');
  private readonly transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  private readonly dir: string;

  constructor(private readonly config: AppConfig) {
    this.dir = join(config.DATA_DIR, 'mail');
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transporter.sendMail(message(this.config, mail))) as { message: Buffer };
    await mkdir(this.dir, { recursive: true });
    const id = mail.messageId.replace(/^<|@.*$/g, '');
    const file = join(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    await writeFile(file, info.message, { mode: 0o600 });
    // The file name only: the mail itself may hold a link token.
    this.logger.log(`Mail written to ${file}`);
  }

  close(): void {
    this.transporter.close();
  }
}

export const createMailTransport = (config: AppConfig): MailTransport =>
  config.SMTP_URL ? new SmtpTransport(config) : new FileTransport(config);
