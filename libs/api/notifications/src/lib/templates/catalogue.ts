import { invitation, passwordReset } from './account.templates';
import { breachReminder } from './breach.templates';
import { adviceReminder, digest, reviewReminder, taskReminder } from './deadline.templates';
import type { MailTemplate } from './mail-content';
import { taskAssigned } from './task.templates';

/** Every mail Klarsicht sends, by the name an outbox row carries (docs/architecture.md § Notifications). */
export const MAIL_TEMPLATES = {
  invitation,
  'password-reset': passwordReset,
  'task-assigned': taskAssigned,
  'task-reminder': taskReminder,
  'review-reminder': reviewReminder,
  'breach-reminder': breachReminder,
  'advice-reminder': adviceReminder,
  digest,
} satisfies Record<string, MailTemplate>;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;

export const isMailTemplate = (name: string): name is MailTemplateName => name in MAIL_TEMPLATES;
