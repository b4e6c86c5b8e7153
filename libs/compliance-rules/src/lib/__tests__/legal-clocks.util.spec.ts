import fc from 'fast-check';
import {
  addMonths,
  breachNotificationDeadline,
  calendarDateIn,
  clockAt,
  endOfDayIn,
  isWorkingDay,
  nextWorkingDay,
  requestDeadline,
  startOfDayIn,
} from '../legal-clocks.util';
import { FEDERAL_STATES } from '@klarsicht/shared';

// Noon in Berlin on a calendar day (11:00 UTC in winter, 10:00 UTC in summer).
const noon = (date: string): Date => new Date(startOfDayIn(date).getTime() + 12 * 3_600_000);
const STATES = FEDERAL_STATES;

describe('addMonths (Art. 3(2)(c) Regulation 1182/71)', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-15', 1, '2027-04-15'],
    ['2027-03-31', 1, '2027-04-30'],
    ['2027-12-31', 1, '2028-01-31'],
    ['2027-01-31', 3, '2027-04-30'],
    ['2027-11-30', 3, '2028-02-29'],
  ])('%s + %i month(s) → %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe(requestDeadline.name, () => {
  it.each([
    // received (Berlin day), state, extension, period end, due day
    ['2027-01-31', 'BE', 0, '2027-02-28', '2027-03-01'], // 28 Feb 2027 is a Sunday
    ['2028-01-31', 'BE', 0, '2028-02-29', '2028-02-29'], // leap year, a Tuesday
    ['2027-03-15', 'BE', 0, '2027-04-15', '2027-04-15'],
    ['2026-12-06', 'BY', 0, '2027-01-06', '2027-01-07'], // Heilige Drei Könige in Bavaria
    ['2026-12-06', 'HH', 0, '2027-01-06', '2027-01-06'], // … but not in Hamburg
    ['2026-12-06', 'BE', 0, '2027-01-06', '2027-01-06'], // … nor in Berlin
    ['2027-02-08', 'BE', 0, '2027-03-08', '2027-03-09'], // Frauentag only in Berlin
    ['2027-02-08', 'BY', 0, '2027-03-08', '2027-03-08'],
    ['2027-02-26', 'HH', 0, '2027-03-26', '2027-03-30'], // Karfreitag, weekend, Ostermontag
    ['2027-10-17', 'SN', 0, '2027-11-17', '2027-11-18'], // Buß- und Bettag only in Saxony
    ['2027-10-17', 'BY', 0, '2027-11-17', '2027-11-17'],
    ['2027-11-24', 'NW', 0, '2027-12-24', '2027-12-24'], // Heiligabend is a working day
    ['2027-11-25', 'NW', 0, '2027-12-25', '2027-12-27'],
    ['2027-01-31', 'BE', 2, '2027-04-30', '2027-04-30'], // extended: one 3-month period from receipt
    ['2027-01-31', 'BE', 1, '2027-03-31', '2027-03-31'],
    ['2027-03-15', 'BE', 2, '2027-06-15', '2027-06-15'],
    ['2027-05-01', null, 0, '2027-06-01', '2027-06-01'],
    ['2027-09-03', null, 0, '2027-10-03', '2027-10-04'], // nationwide Tag der Deutschen Einheit (a Sunday too)
  ])('received %s in %s, extended by %i → period ends %s, due %s', (received, state, ext, periodEnd, due) => {
    const sut = requestDeadline(noon(received), state, ext);
    expect(sut).toEqual({ periodEndOn: periodEnd, dueOn: due, dueAt: endOfDayIn(due) });
  });

  it('counts from the Berlin day of receipt: 00:30 on 1 Feb in Berlin is still 31 Jan in UTC', () => {
    const receivedAt = new Date('2027-01-31T23:30:00Z');
    expect(calendarDateIn(receivedAt)).toBe('2027-02-01');
    expect(requestDeadline(receivedAt, 'BE').dueOn).toBe('2027-03-01');
  });

  it('ends with the last Berlin hour of the due day, in winter (UTC+1) and summer (UTC+2)', () => {
    expect(requestDeadline(noon('2027-01-15'), 'BE').dueAt.toISOString()).toBe('2027-02-15T22:59:59.999Z');
    expect(requestDeadline(noon('2027-06-15'), 'BE').dueAt.toISOString()).toBe('2027-07-15T21:59:59.999Z');
  });

  it('is right around the DST changes in Berlin (28 Mar 2027 and 31 Oct 2027)', () => {
    // Received the evening before the spring change; due in April (summer time).
    const spring = requestDeadline(new Date('2027-03-27T22:30:00Z'), 'BE'); // 23:30 CET on 27 Mar
    expect(spring.periodEndOn).toBe('2027-04-27');
    expect(spring.dueAt.toISOString()).toBe('2027-04-27T21:59:59.999Z');
    // 01:30 CET on the day of the change itself is that day.
    expect(calendarDateIn(new Date('2027-03-28T00:30:00Z'))).toBe('2027-03-28');
    // Autumn: 30 Sep → 30 Oct (Saturday) → 1 Nov (Monday; Allerheiligen is no holiday in Berlin).
    const autumn = requestDeadline(new Date('2027-09-30T21:30:00Z'), 'BE'); // 23:30 CEST on 30 Sep
    expect(autumn.dueOn).toBe('2027-11-01');
    expect(autumn.dueAt.toISOString()).toBe('2027-11-01T22:59:59.999Z');
    expect(requestDeadline(new Date('2027-09-30T21:30:00Z'), 'BY').dueOn).toBe('2027-11-02');
    // The day of the change is 23 or 25 hours long; its end is still its last millisecond in Berlin.
    expect(endOfDayIn('2027-03-28').toISOString()).toBe('2027-03-28T21:59:59.999Z');
    expect(endOfDayIn('2027-10-31').toISOString()).toBe('2027-10-31T22:59:59.999Z');
  });

  it('rejects extensions beyond two months', () => {
    expect(() => requestDeadline(noon('2027-01-15'), 'BE', 3)).toThrow(RangeError);
    expect(() => requestDeadline(noon('2027-01-15'), 'BE', -1)).toThrow(RangeError);
  });

  const instants = fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T23:59:59Z'),
    noInvalidDate: true,
  });
  const states = fc.constantFrom<string | null>(null, ...STATES);
  const extensions = fc.constantFrom(0, 1, 2);

  it('property: due on a working day, at most four days after the period end, which keeps the day number or is a month end', () => {
    fc.assert(
      fc.property(instants, states, extensions, (receivedAt, state, ext) => {
        const sut = requestDeadline(receivedAt, state, ext);
        const receivedDay = Number(calendarDateIn(receivedAt).slice(8));
        const endDay = Number(sut.periodEndOn.slice(8));
        const endIsMonthEnd = nextDay(sut.periodEndOn).endsWith('-01');
        expect(endDay === receivedDay || (endDay < receivedDay && endIsMonthEnd)).toBe(true);
        expect(isWorkingDay(sut.dueOn, state)).toBe(true);
        const shift = (Date.parse(sut.dueOn) - Date.parse(sut.periodEndOn)) / 86_400_000;
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(4);
        if (isWorkingDay(sut.periodEndOn, state)) expect(sut.dueOn).toBe(sut.periodEndOn);
        expect(calendarDateIn(sut.dueAt)).toBe(sut.dueOn);
        expect(calendarDateIn(new Date(sut.dueAt.getTime() + 1))).toBe(nextDay(sut.dueOn));
      }),
      { numRuns: 500 },
    );
  });

  it('property: a later receipt never gives an earlier due date, and an extension never shortens it', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 40 * 86_400_000 }), states, (a, delta, state) => {
        const b = new Date(a.getTime() + delta);
        expect(requestDeadline(b, state).dueAt.getTime()).toBeGreaterThanOrEqual(
          requestDeadline(a, state).dueAt.getTime(),
        );
        expect(requestDeadline(a, state, 2).dueAt.getTime()).toBeGreaterThan(
          requestDeadline(a, state, 1).dueAt.getTime(),
        );
        expect(requestDeadline(a, state, 1).dueAt.getTime()).toBeGreaterThan(
          requestDeadline(a, state).dueAt.getTime(),
        );
      }),
      { numRuns: 300 },
    );
  });
});

const nextDay = (date: string): string => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);

describe(nextWorkingDay.name, () => {
  it('keeps a working day and skips Saturday, Sunday and the state holidays', () => {
    expect(nextWorkingDay('2027-01-05', 'BY')).toBe('2027-01-05');
    expect(nextWorkingDay('2027-01-06', 'BY')).toBe('2027-01-07');
    expect(nextWorkingDay('2027-01-09', 'HH')).toBe('2027-01-11');
    expect(nextWorkingDay('2027-10-31', 'HH')).toBe('2027-11-01'); // Reformationstag (a Sunday anyway)
    expect(nextWorkingDay('2027-05-27', 'BY')).toBe('2027-05-28'); // Fronleichnam
    expect(nextWorkingDay('2027-05-27', 'SN')).toBe('2027-05-27');
  });
});

describe(breachNotificationDeadline.name, () => {
  it('is 72 elapsed hours after awareness, to the minute', () => {
    expect(breachNotificationDeadline(new Date('2027-06-01T08:17:00Z')).toISOString()).toBe(
      '2027-06-04T08:17:00.000Z',
    );
  });

  it('across the spring DST change: 10:00 CET on Fri 26 Mar → 11:00 CEST on Mon 29 Mar (72 real hours)', () => {
    const sut = breachNotificationDeadline(new Date('2027-03-26T09:00:00Z'));
    expect(sut.toISOString()).toBe('2027-03-29T09:00:00.000Z');
    expect(sut.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })).toBe('29.3.2027, 11:00:00');
  });

  it('across the autumn DST change: 10:00 CEST on Fri 29 Oct → 09:00 CET on Mon 1 Nov', () => {
    const sut = breachNotificationDeadline(new Date('2027-10-29T08:00:00Z'));
    expect(sut.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })).toBe('1.11.2027, 09:00:00');
  });

  it('ignores weekends and holidays (a period in hours)', () => {
    const sut = breachNotificationDeadline(new Date('2027-12-24T12:00:00Z'));
    expect(sut.toISOString()).toBe('2027-12-27T12:00:00.000Z');
  });

  it('property: always exactly 72 hours', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        (awareAt) => {
          expect(breachNotificationDeadline(awareAt).getTime() - awareAt.getTime()).toBe(72 * 3_600_000);
        },
      ),
    );
  });
});

describe(clockAt.name, () => {
  it('counts down and turns overdue after the deadline', () => {
    const deadline = new Date('2027-06-04T08:17:00Z');
    expect(clockAt(deadline, new Date('2027-06-04T07:17:00Z'))).toEqual({
      deadline,
      remainingMs: 3_600_000,
      overdue: false,
    });
    expect(clockAt(deadline, new Date('2027-06-04T09:17:00Z')).overdue).toBe(true);
  });
});
