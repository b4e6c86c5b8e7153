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
  LEGAL_BASES,
  PROCESSING_STATUSES,
  RECIPIENT_KINDS,
  SPECIAL_CATEGORY_CONDITIONS,
  coveredWhatsAppVariants,
  dpiaDocumented,
  hasRetention,
  transfersWithoutMechanism,
} from './lib/processing';
export type {
  LegalBasis,
  ProcessingActivityFacts,
  ProcessingRecipient,
  ProcessingRecord,
  ProcessingStatus,
  ProcessingTransfer,
  RecipientKind,
  SpecialCategoryCondition,
} from './lib/processing';
export { BUILT_IN_TOMS, TOM_GOALS, TOM_STATUSES } from './lib/toms';
export type { TomDefinition, TomGoal, TomStatus } from './lib/toms';
export { DPIA_CRITERIA, DPIA_QUESTIONS, RISK_LEVELS, dpiaRequired, riskLevel } from './lib/dpia';
export type { DpiaCriterion, DpiaQuestion, RiskLevel } from './lib/dpia';
export {
  CONSENT_TEXT_CHECKS,
  MAX_SENTENCE_WORDS,
  READABILITY_THRESHOLD,
} from './lib/consent-text/consent-text-checks';
export type {
  ConsentTextCheck,
  ConsentTextCheckId,
  ConsentTextPurpose,
} from './lib/consent-text/consent-text-checks';
export { hasBlockingFinding, lintConsentText } from './lib/consent-text/consent-text-lint.util';
export type {
  ConsentTextFinding,
  ConsentTextLintInput,
  ConsentTextLintResult,
} from './lib/consent-text/consent-text-lint.util';
export type { Readability, ReadabilityFormula, TextSpan } from './lib/consent-text/readability.util';
