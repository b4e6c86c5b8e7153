import Holidays from 'date-holidays';

/** A calendar day, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** Where the periods are counted: a request received at 00:30 in Berlin was received that Berlin day. */
export const LEGAL_TIME_ZONE = 'Europe/Berlin';
/** Art. 12(3) DSGVO: one month, extendable by two further months. */
export const REQUEST_PERIOD_MONTHS = 1;
export const MAX_REQUEST_EXTENSION_MONTHS = 2;
/** Art. 33(1) DSGVO: 72 hours after having become aware of the breach. */
export const BREACH_NOTIFICATION_HOURS = 72;

const HOUR_MS = 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const parse = (date: CalendarDate): [number, number, number] => {
  const m = DATE.exec(date);
  if (!m) throw new Error(`Not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
const format = (y: number, m: number, d: number): CalendarDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const partsFormat = new Map<string, Intl.DateTimeFormat>();
const zonedParts = (instant: Date, timeZone: string): number[] => {
  let f = partsFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormat.set(timeZone, f);
  }
  const get = (type: string): number =>
    Number(f.formatToParts(instant).find((p) => p.type === type)?.value ?? NaN);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
};

/** The calendar day an instant falls on in the time zone. */
export const calendarDateIn = (instant: Date, timeZone = LEGAL_TIME_ZONE): CalendarDate => {
  const [y, m, d] = zonedParts(instant, timeZone);
  return format(y, m, d);
};

// Offset of the zone from UTC at an instant, in ms (Berlin: +1 h in winter, +2 h in summer).
const offsetAt = (instant: number, timeZone: string): number => {
  const [y, mo, d, h, mi, s] = zonedParts(new Date(instant), timeZone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(instant / 1000) * 1000;
};

/** The instant a calendar day starts (00:00) in the time zone. */
export const startOfDayIn = (date: CalendarDate, timeZone = LEGAL_TIME_ZONE): Date => {
  const [y, m, d] = parse(date);
  const local = Date.UTC(y, m - 1, d);
  let instant = local - offsetAt(local, timeZone);
  // Near a DST change the first guess uses the other side's offset; one correction settles it.
  instant = local - offsetAt(instant, timeZone);
  return new Date(instant);
};

/** The last millisecond of a calendar day in the time zone: "the expiry of the last hour" of that day. */
export const endOfDayIn = (date: CalendarDate, timeZone = LEGAL_TIME_ZONE): Date =>
  new Date(startOfDayIn(addDays(date, 1), timeZone).getTime() - 1);

export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  const [y, m, d] = parse(date);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return format(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
};

/**
 * Art. 3(2)(c) Regulation 1182/71: a period of months ends on the day of the last month with the same date as the
 * day of the event or, where that month has no such day, on its last day (31 Jan + 1 month → 28/29 Feb).
 */
export const addMonths = (date: CalendarDate, months: number): CalendarDate => {
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
};

const holidayCalendars = new Map<string, Holidays>();
const holidayDays = new Map<string, Set<CalendarDate>>();

/** Public holidays of a federal state (ISO 3166-2:DE code without "DE-") or, without one, the nationwide ones. */
export const publicHolidays = (year: number, federalState: string | null): Set<CalendarDate> => {
  const key = `${federalState ?? 'DE'}:${year}`;
  let days = holidayDays.get(key);
  if (!days) {
    const calendarKey = federalState ?? 'DE';
    let calendar = holidayCalendars.get(calendarKey);
    if (!calendar) {
      calendar = federalState ? new Holidays('DE', federalState) : new Holidays('DE');
      holidayCalendars.set(calendarKey, calendar);
    }
    // Only "public" days are Feiertage; "bank" (24/31 Dec), "school" and "observance" days are working days.
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidayDays.set(key, days);
  }
  return days;
};

/** Art. 2(2) Regulation 1182/71: working days are all days other than public holidays, Sundays and Saturdays. */
export const isWorkingDay = (date: CalendarDate, federalState: string | null): boolean => {
  const [y, m, d] = parse(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(y, federalState).has(date);
};

/** Art. 3(4) Regulation 1182/71: a period ending on a Saturday, Sunday or public holiday ends on the next working day. */
export const nextWorkingDay = (date: CalendarDate, federalState: string | null): CalendarDate => {
  let day = date;
  while (!isWorkingDay(day, federalState)) day = addDays(day, 1);
  return day;
};

export type RequestDeadline = {
  /** The day the period would end by the month rule alone. */
  periodEndOn: CalendarDate;
  /** The day it ends: the next working day where `periodEndOn` is none. */
  dueOn: CalendarDate;
  /** The expiry of the last hour of `dueOn` in Berlin. */
  dueAt: Date;
};

/**
 * When a data subject request must be answered (Art. 12(3) DSGVO with Art. 3 Regulation 1182/71): one month from
 * the Berlin day it was received, plus `extensionMonths` (0–2); the extended period is counted as one period of
 * 1 + n months from receipt, so 31 Jan extended by two months ends on 30 Apr, not on 28 Apr.
 */
export const requestDeadline = (
  receivedAt: Date,
  federalState: string | null,
  extensionMonths = 0,
): RequestDeadline => {
  if (
    !Number.isInteger(extensionMonths) ||
    extensionMonths < 0 ||
    extensionMonths > MAX_REQUEST_EXTENSION_MONTHS
  )
    throw new RangeError(`An extension is 0 to ${MAX_REQUEST_EXTENSION_MONTHS} months`);
  const periodEndOn = addMonths(calendarDateIn(receivedAt), REQUEST_PERIOD_MONTHS + extensionMonths);
  const dueOn = nextWorkingDay(periodEndOn, federalState);
  return { periodEndOn, dueOn, dueAt: endOfDayIn(dueOn) };
};

/**
 * The Art. 33(1) deadline: 72 elapsed hours from awareness (a DST change does not stretch or shorten it). Counted
 * from the minute of awareness, not from the next full hour as Art. 3(1) Regulation 1182/71 would allow: the
 * stricter reading, so a notification on time by this clock is on time by either.
 */
export const breachNotificationDeadline = (awareAt: Date): Date =>
  new Date(awareAt.getTime() + BREACH_NOTIFICATION_HOURS * HOUR_MS);

export type ClockState = { deadline: Date; remainingMs: number; overdue: boolean };

/** Where a clock stands at `now`: milliseconds left (negative once past) and whether it has run out. */
export const clockAt = (deadline: Date, now: Date): ClockState => {
  const remainingMs = deadline.getTime() - now.getTime();
  return { deadline, remainingMs, overdue: remainingMs < 0 };
};
