import type { SnapshotCounts } from '@klarsicht/api-portfolio';

type Counts = Omit<SnapshotCounts, 'day'>;

const DAY_MS = 86_400_000;

const minusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * Plausible earlier days for the demo's history chart, oldest first, ending the day before `today`: the firm
 * took on its clients over the period, and the share of RED clients and overdue tasks shrank as it worked
 * through the findings. Deterministic, so every demo looks the same.
 */
export const demoHistory = (today: Counts, todayDay: string, days: number): SnapshotCounts[] => {
  const out: SnapshotCounts[] = [];
  const total = Math.max(today.clientCount, 1);
  for (let back = days - 1; back >= 1; back--) {
    const behind = back / days; // 1 = long ago, 0 = today
    const wiggle = Math.sin(back / 3);
    const clientCount = Math.max(1, Math.round(today.clientCount * (1 - 0.4 * behind)));
    const red = Math.min(
      clientCount,
      Math.round(clientCount * Math.min(1, today.red / total + 0.3 * behind)),
    );
    const green = Math.min(
      clientCount - red,
      Math.round(clientCount * Math.max(0, today.green / total - 0.25 * behind)),
    );
    const openTasks = Math.max(
      0,
      Math.round(((today.openTasks * clientCount) / total) * (1 + 0.5 * behind) + 2 * wiggle),
    );
    const overdueTasks = Math.min(
      openTasks,
      Math.max(0, Math.round(today.overdueTasks * (1 + 1.5 * behind) + 1.5 * wiggle)),
    );
    out.push({
      day: minusDays(todayDay, back),
      clientCount,
      red,
      amber: clientCount - red - green,
      green,
      openTasks,
      overdueTasks,
    });
  }
  return out;
};
