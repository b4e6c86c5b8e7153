import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { ProcessingActivityRepository } from './processing-activity.repository';

export const PROCESSING_REVIEW_QUEUE = 'processing-review-due';
const REVIEW_TASK_DAYS = 14;

/** The generated task that asks for an activity's review: one per activity, closed by the next approval. */
export const processingReviewTaskKey = (activityId: string): string => `processing-review:${activityId}`;

/** Review cycles of processing activities (docs/registers.md): a task once the next review has passed. */
@Injectable()
export class ProcessingReviewService {
  constructor(
    private readonly activities: ProcessingActivityRepository,
    private readonly tasks: GeneratedTasksService,
  ) {}

  /** Job (per firm): one open task per approved activity past its review date; opening is idempotent per key. */
  async openDueReviews(ctx: RequestContext, now: Date): Promise<number> {
    const due = await this.activities.dueForReview(ctx, now);
    for (const a of due)
      await this.tasks.open(ctx, {
        clientId: a.client_id,
        source: 'PROCESSING_REVIEW',
        key: processingReviewTaskKey(a.id),
        title: `Verarbeitungstätigkeit prüfen: ${a.record.name}`,
        description: `Der Prüftermin (${a.next_review_at?.toISOString().slice(0, 10) ?? '—'}) ist überschritten. Review due: "${a.record.name}" (Art. 30 DSGVO).`,
        priority: 'MEDIUM',
        dueAt: new Date(now.getTime() + REVIEW_TASK_DAYS * 86_400_000),
      });
    return due.length;
  }
}
