export * from './lib/notifications.module';
export { OutboxService, MAIL_OUTBOX_QUEUE, type MailRequest } from './lib/outbox/outbox.service';
export { MailDeliveryService } from './lib/outbox/mail-delivery.service';
export { NotificationsService, type MemberNotice } from './lib/inbox/notifications.service';
export { MAIL_TRANSPORT, type MailTransport, type OutgoingMail } from './lib/mail/mail-transport';
export { RemindersService, REMINDERS_QUEUE } from './lib/reminders/reminders.service';
export { DigestService, DIGEST_QUEUE } from './lib/digest/digest.service';
