import { berlinDayAndHour } from '../digest/digest.service';
import { digest, reviewReminder, taskReminder } from './deadline.templates';
import type { MailEnvironment } from './mail-content';

const env = (language: 'de' | 'en'): MailEnvironment => ({
  language,
  firmName: 'Kanzlei Muster',
  baseUrl: 'https://klarsicht.example',
  secret: null,
});

describe('deadline templates', () => {
  it.each([
    [7, 'ist in 7 Tagen fällig, am', 'is due in 7 days, on'],
    [1, 'ist morgen fällig', 'is due tomorrow'],
    [0, 'ist heute fällig', 'is due today'],
    [-1, 'war am', 'and is overdue'],
  ])('say when a task is due (offset %i) in German and English', (offsetDays, de, en) => {
    const data = {
      taskId: 't1',
      title: 'VVT prüfen',
      clientName: 'Bäckerei',
      dueAt: '2026-12-08T10:00:00Z',
      offsetDays,
    };
    expect(taskReminder(data, env('de')).paragraphs[0]).toContain(de);
    expect(taskReminder(data, env('en')).paragraphs[0]).toContain(en);
    expect(taskReminder(data, env('en')).action?.url).toBe('https://klarsicht.example/tasks?task=t1');
  });

  it('link a review reminder to the client', () => {
    const content = reviewReminder(
      {
        documentId: 'd1',
        clientId: 'c1',
        title: 'TOM',
        clientName: 'Bäckerei',
        dueAt: '2026-12-01T10:00:00Z',
        offsetDays: -1,
      },
      env('de'),
    );
    expect(content.subject).toBe('Prüfung überfällig: TOM');
    expect(content.action?.url).toBe('https://klarsicht.example/clients/c1');
  });

  it('cap digest sections with "and N more" and leave out empty ones', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      title: `A${i}`,
      clientName: 'M',
      at: '2026-12-01T10:00:00Z',
    }));
    const sections = { dueTasks: { total: 25, items }, overdueTasks: { total: 0, items: [] } };
    const en = digest({ sections }, env('en')).sections ?? [];
    expect(en.map((s) => [s.title, s.lines.length, s.more])).toEqual([
      ['Tasks due within 7 days (25)', 20, 'and 5 more'],
    ]);
    expect(digest({ sections }, env('de')).sections?.[0]?.more).toBe('und 5 weitere');
  });
});

describe('berlinDayAndHour', () => {
  it('reads the Berlin calendar day and hour, across midnight and summer time', () => {
    expect(berlinDayAndHour(new Date('2026-12-07T06:30:00Z'))).toEqual({ day: '2026-12-07', hour: 7 });
    expect(berlinDayAndHour(new Date('2026-12-07T23:30:00Z'))).toEqual({ day: '2026-12-08', hour: 0 });
    expect(berlinDayAndHour(new Date('2026-07-01T05:00:00Z'))).toEqual({ day: '2026-07-01', hour: 7 });
  });
});
