import { demoHistory } from './demo-history';

describe(demoHistory.name, () => {
  const today = { clientCount: 30, red: 6, amber: 18, green: 6, openTasks: 80, overdueTasks: 5 };

  it('covers the days before today, oldest first, without gaps', () => {
    const sut = demoHistory(today, '2026-03-31', 90);
    expect(sut).toHaveLength(89);
    expect(sut[0]?.day).toBe('2026-01-01');
    expect(sut.at(-1)?.day).toBe('2026-03-30');
  });

  it('keeps every day consistent: levels add up to the clients, overdue never exceeds open', () => {
    for (const day of demoHistory(today, '2026-03-31', 90)) {
      expect(day.red + day.amber + day.green).toBe(day.clientCount);
      expect(Math.min(day.red, day.amber, day.green, day.overdueTasks)).toBeGreaterThanOrEqual(0);
      expect(day.overdueTasks).toBeLessThanOrEqual(day.openTasks);
    }
  });

  it('starts with fewer clients and a larger RED share than today', () => {
    const [first] = demoHistory(today, '2026-03-31', 90);
    expect(first.clientCount).toBeLessThan(today.clientCount);
    expect(first.red / first.clientCount).toBeGreaterThan(today.red / today.clientCount);
  });
});
