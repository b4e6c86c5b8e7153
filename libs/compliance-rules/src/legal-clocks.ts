// The legal clocks (docs/legal-clocks.md) and the breach register's pure parts: a second entry point of
// compliance-rules, for the api only — the public holidays come from date-holidays, whose data the web must not
// carry along with the rule engine (it made the client page's chunk ten times larger).
export {
  BREACH_NOTIFICATION_HOURS,
  LEGAL_TIME_ZONE,
  MAX_REQUEST_EXTENSION_MONTHS,
  REQUEST_PERIOD_MONTHS,
  addDays,
  addMonths,
  breachNotificationDeadline,
  calendarDateIn,
  clockAt,
  endOfDayIn,
  isWorkingDay,
  nextWorkingDay,
  publicHolidays,
  requestDeadline,
  startOfDayIn,
} from './lib/legal-clocks.util';
export type { CalendarDate, ClockState, RequestDeadline } from './lib/legal-clocks.util';
export {
  SUPERVISORY_AUTHORITIES,
  supervisoryAuthorityByCode,
  supervisoryAuthorityFor,
} from './lib/supervisory-authorities';
export type { SupervisoryAuthority } from './lib/supervisory-authorities';
export {
  BREACH_RISKS,
  breachNeedsCommunication,
  breachNeedsNotification,
  breachNotificationDraft,
} from './lib/breach-notification.util';
export type { BreachFacts, BreachRisk } from './lib/breach-notification.util';
