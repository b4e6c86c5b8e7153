export {
  ACCOUNT_RULE_IDS,
  ANSWER_KEYS,
  CLIENT_RULE_IDS,
  COMPLIANCE_LEVELS,
  DOCUMENT_TYPES,
  FINDING_STATUSES,
  HOSTING_REGIONS,
  RULE_SCOPES,
  SEVERITIES,
  TRANSFER_MECHANISMS,
  VARIANTS,
} from './lib/types';
export type {
  AccountFacts,
  AccountRuleId,
  AnswerKey,
  BspFacts,
  ClientFacts,
  ClientRuleId,
  ComplianceLevel,
  ComplianceResult,
  ComplianceRule,
  DocumentType,
  Finding,
  FindingStatus,
  HostingRegion,
  QuestionDefinition,
  QuestionDependency,
  RuleId,
  RuleScope,
  Severity,
  TransferMechanism,
  Variant,
  WhatsAppAnswers,
} from './lib/types';
export { COMPLIANCE_RULES, ruleById } from './lib/catalogue';
export {
  QUESTIONNAIRE,
  QUESTIONNAIRE_VERSION,
  emptyAnswers,
  isQuestionAsked,
  questionsFor,
} from './lib/questionnaire';
export { evaluateAccount, evaluateClient } from './lib/evaluate.util';
export { SEVERITY_WEIGHT, scoreFindings } from './lib/score.util';
export type { ScoredFinding } from './lib/score.util';
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
