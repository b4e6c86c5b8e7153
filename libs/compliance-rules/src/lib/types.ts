import type { ProcessingActivityFacts } from './processing';

export const VARIANTS = ['PRIVATE_APP', 'BUSINESS_APP', 'BUSINESS_PLATFORM'] as const;
export type Variant = (typeof VARIANTS)[number];

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_STATUSES = ['PASS', 'FAIL', 'UNKNOWN', 'NOT_APPLICABLE'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const COMPLIANCE_LEVELS = ['RED', 'AMBER', 'GREEN'] as const;
export type ComplianceLevel = (typeof COMPLIANCE_LEVELS)[number];

export const HOSTING_REGIONS = ['EU', 'EEA', 'THIRD_COUNTRY'] as const;
export type HostingRegion = (typeof HOSTING_REGIONS)[number];

export const TRANSFER_MECHANISMS = [
  'NONE',
  'ADEQUACY_DECISION',
  'DATA_PRIVACY_FRAMEWORK',
  'STANDARD_CONTRACTUAL_CLAUSES',
] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

export const DOCUMENT_TYPES = [
  'PRIVACY_NOTICE',
  'DPA',
  'IMPRINT',
  'PROCESSING_RECORD',
  'DPIA',
  'TOM',
  'CONSENT_TEXT',
  'TRAINING_PROOF',
  'EVIDENCE',
  'OTHER',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const RULE_SCOPES = ['ACCOUNT', 'CLIENT'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export const ACCOUNT_RULE_IDS = [
  'WA-PRIVATE-APP',
  'WA-CONTACT-SYNC',
  'WA-ADDRESS-BOOK',
  'WA-IMPRINT',
  'WA-PRIVACY-NOTICE',
  'WA-PRIVACY-LINK',
  'WA-DOUBLE-OPT-IN',
  'WA-MARKETING-CONSENT',
  'WA-BSP-CHOSEN',
  'WA-BSP-DPA',
  'WA-BSP-TRANSFER',
  'WA-DEDICATED-DEVICE',
  'WA-ACCOUNT-DELETION',
] as const;
export type AccountRuleId = (typeof ACCOUNT_RULE_IDS)[number];

export const CLIENT_RULE_IDS = [
  'WA-PROCESSING-RECORD',
  'WA-DPIA',
  'CONSENT-STALE-PENDING',
  'DOC-REVIEW-OVERDUE',
  'DSR-OVERDUE',
  'BREACH-NOT-NOTIFIED',
  'PROC-TRANSFER-MECHANISM',
  'PROC-RETENTION',
  'CONSENT-TEXT',
  'CAMPAIGN-ANSWERS',
] as const;
export type ClientRuleId = (typeof CLIENT_RULE_IDS)[number];

export type RuleId = AccountRuleId | ClientRuleId;

export const ANSWER_KEYS = [
  'usedForBusiness',
  'contactSyncDisabled',
  'addressBookOnlyConsentingContacts',
  'profileHasImprint',
  'profileLinksPrivacyNotice',
  'privacyNoticeCoversWhatsApp',
  'doubleOptInDocumented',
  'sendsMarketing',
  'separateMarketingConsent',
  'bspDpaSigned',
  'dedicatedBusinessDevice',
  'accountDeletionProcess',
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

/** `null` means the answer is not known yet. */
export type WhatsAppAnswers = Record<AnswerKey, boolean | null>;

export type QuestionDependency = {
  key: AnswerKey;
  /** The question is asked only while the answer to `key` is one of these values. */
  oneOf: readonly (boolean | null)[];
};

export type QuestionDefinition = {
  key: AnswerKey;
  variants: readonly Variant[];
  textDe: string;
  textEn: string;
  helpDe: string;
  helpEn: string;
  ruleIds: readonly AccountRuleId[];
  /** Ignored for a variant for which the question named by `key` is not asked. */
  dependsOn?: QuestionDependency;
};

export type BspFacts = {
  id: string;
  name: string;
  hostingRegion: HostingRegion;
  transferMechanism: TransferMechanism;
  dpaAvailable?: boolean;
};

export type AccountFacts = {
  id: string;
  variant: Variant;
  answers: WhatsAppAnswers;
  bsp: BspFacts | null;
  /**
   * Answers the client claimed and the DPO has not verified (docs/judgement.md § Client attestations): for rules of
   * severity CRITICAL or HIGH they count as unknown. Absent or empty: every answer counts as given.
   */
  claimedAnswers?: readonly AnswerKey[];
};

export type ClientFacts = {
  accounts: AccountFacts[];
  approvedDocumentTypes: DocumentType[];
  overdueDocumentReviews: number;
  consentTotal: number;
  stalePendingConsents: number;
  /** Data subject requests of the client, and those open past their Art. 12(3) deadline. */
  requestTotal: number;
  overdueRequests: number;
  /** Breaches with a risk (Art. 33(1)), and those of them unnotified 72 hours after awareness. */
  notifiableBreaches: number;
  lateUnnotifiedBreaches: number;
  /** Processing activities of the record (Art. 30), not archived. */
  processingActivities: ProcessingActivityFacts[];
  /** Purposes with a published consent text (the newest text covering each), and those whose text has a HIGH finding. */
  activeConsentTextPurposes: number;
  flawedConsentTextPurposes: number;
  /** Questions campaigns put to the client (docs/judgement.md § Campaigns): all, unanswered, answered "no". */
  campaignQuestions?: number;
  unansweredCampaignQuestions?: number;
  deniedCampaignQuestions?: number;
};

export type ComplianceRule = {
  id: string;
  severity: Severity;
  variants: Variant[];
  scope: RuleScope;
  titleDe: string;
  titleEn: string;
  rationaleDe: string;
  rationaleEn: string;
  remediationDe: string;
  remediationEn: string;
  legalReference: string;
};

export type Finding = {
  ruleId: string;
  status: FindingStatus;
  severity: Severity;
  /** `null` for client-scoped rules. */
  accountId: string | null;
  titleDe: string;
  titleEn: string;
  remediationDe: string;
  remediationEn: string;
  legalReference: string;
};

export type ComplianceResult = {
  score: number;
  level: ComplianceLevel;
  findings: Finding[];
};
