import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, JobsService } from '@klarsicht/api-core';
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
  ],
  exports: [OutboxService, NotificationsService, MailDeliveryService],
})
export class NotificationsModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly jobs: JobsService,
    private readonly delivery: MailDeliveryService,
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
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
