// Background job queues (pg-boss). Queues are partitions created by the owner role at migrate time:
// the runtime role may only use them. A feature that adds a job adds its queue here.
export const JOBS_SCHEMA = 'pgboss';

export const JOB_QUEUES = [
  'consent-expire-pending',
  'document-review-due',
  'portfolio-snapshot',
  'mail-outbox',
  'notification-reminders',
  'notification-digest',
  'data-subject-requests-overdue',
  'breaches-late',
  'processing-review-due',
  'attestations-expired',
] as const;
