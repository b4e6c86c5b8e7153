import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { OutboxService } from '../outbox/outbox.service';
import { DigestRepository } from './digest.repository';

export const DIGEST_QUEUE = 'notification-digest';

const BERLIN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The Berlin calendar day (YYYY-MM-DD) and hour (0–23) of `now`. */
export const berlinDayAndHour = (now: Date): { day: string; hour: number } => {
  const parts = Object.fromEntries(BERLIN.formatToParts(now).map((p) => [p.type, p.value]));
  return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, hour: Number(parts['hour']) };
};

/**
 * The daily digest of one firm (docs/architecture.md § Reminders and digest), run hourly: the members whose
 * digest hour it is get one mail each with what they may see. Three statements per firm whatever its size: the
 * digest query, digest_sent (also for members with nothing to report, so they are not asked again today), the
 * outbox.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly digests: DigestRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** Runs as the system principal of one firm (the job); returns how many digests were queued. */
  async sendDue(ctx: RequestContext, now: Date): Promise<number> {
    if (ctx.principal.actor.type !== 'SYSTEM') throw new Error('The digest runs as the system only');
    const { day, hour } = berlinDayAndHour(now);
    const members = await this.digests.due(ctx, now, hour, day);
    if (members.length === 0) return 0;
    const claimed = new Set(
      await this.digests.claim(
        ctx,
        members.map((m) => m.userId),
        day,
      ),
    );
    const mails = members
      .filter((m) => claimed.has(m.userId) && Object.keys(m.sections).length > 0)
      .map((m) => ({
        userId: m.userId,
        to: m.email,
        language: m.language,
        template: 'digest' as const,
        data: { name: m.name, day, sections: m.sections },
      }));
    await this.outbox.queue(ctx, mails);
    return mails.length;
  }
}
