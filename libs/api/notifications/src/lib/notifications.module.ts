import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, JobsService, type RequestContext } from '@klarsicht/api-core';
import { DigestRepository } from './digest/digest.repository';
import { DIGEST_QUEUE, DigestService } from './digest/digest.service';
import { NotificationsRepository } from './inbox/notifications.repository';
import { NotificationsResolver } from './inbox/notifications.resolver';
import { NotificationsService } from './inbox/notifications.service';
import { createMailTransport, MAIL_TRANSPORT, type MailTransport } from './mail/mail-transport';
import { MailDeliveryService } from './outbox/mail-delivery.service';
import { OutboxRepository } from './outbox/outbox.repository';
import { MAIL_OUTBOX_QUEUE, OutboxService } from './outbox/outbox.service';
import { PreferencesRepository } from './preferences/preferences.repository';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { PreferencesService } from './preferences/preferences.service';
import { RemindersRepository } from './reminders/reminders.repository';
import { REMINDERS_QUEUE, RemindersService } from './reminders/reminders.service';

// Global: invitations, password reset and tasks queue their mail through OutboxService and NotificationsService.
@Global()
@Module({
  providers: [
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: createMailTransport },
    OutboxRepository,
    OutboxService,
    MailDeliveryService,
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    PreferencesRepository,
    PreferencesService,
    PreferencesResolver,
    RemindersRepository,
    RemindersService,
    DigestRepository,
    DigestService,
  ],
  exports: [OutboxService, NotificationsService, MailDeliveryService],
})
export class NotificationsModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly jobs: JobsService,
    private readonly delivery: MailDeliveryService,
    private readonly reminders: RemindersService,
    private readonly digests: DigestService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  onModuleInit(): void {
    // Every minute, and woken after each commit that queued mail: retries are due by then.
    this.jobs.register(
      MAIL_OUTBOX_QUEUE,
      async () => {
        await this.delivery.deliverDue();
        await this.delivery.purgeOld();
      },
      {
        cron: '* * * * *',
      },
    );
    // Deadline reminders daily at 06:00, the digest hourly (each member at their hour), Europe/Berlin.
    const perFirm = (queue: string, work: (ctx: RequestContext, now: Date) => Promise<number>) => () =>
      this.jobs.forEachTenant(queue, async (ctx) => void (await work(ctx, new Date())));
    this.jobs.register(
      REMINDERS_QUEUE,
      perFirm(REMINDERS_QUEUE, (c, n) => this.reminders.sendDue(c, n)),
      {
        cron: '0 6 * * *',
      },
    );
    this.jobs.register(
      DIGEST_QUEUE,
      perFirm(DIGEST_QUEUE, (c, n) => this.digests.sendDue(c, n)),
      {
        cron: '0 * * * *',
      },
    );
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
