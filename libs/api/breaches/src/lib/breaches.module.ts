import { Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '@klarsicht/api-core';
import { ComplianceService } from '@klarsicht/api-compliance';
import { BreachRemindersService } from './breach-reminders.service';
import { BreachRepository } from './breach.repository';
import { BreachResolver } from './breach.resolver';
import { BreachService } from './breach.service';

export const BREACHES_LATE_QUEUE = 'breaches-late';

/** The breach register (docs/architecture.md, docs/legal-clocks.md). */
@Module({ providers: [BreachRepository, BreachService, BreachRemindersService, BreachResolver] })
export class BreachesModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly breaches: BreachRepository,
    private readonly rules: ComplianceService,
    private readonly reminders: BreachRemindersService,
  ) {}

  onModuleInit(): void {
    // Every 5 minutes: 72 hours pass without any change to the breach; BREACH-NOT-NOTIFIED must see it, and the
    // 24- and 48-hour reminders go out.
    this.jobs.register(
      BREACHES_LATE_QUEUE,
      () =>
        this.jobs.forEachTenant(BREACHES_LATE_QUEUE, async (ctx) => {
          const clientIds = await this.breaches.clientsWithLateBreaches(ctx);
          if (clientIds.length) await this.rules.reevaluate(ctx, clientIds);
          await this.reminders.sendDue(ctx, new Date());
        }),
      { cron: '*/5 * * * *' },
    );
  }
}
