import { COMPLIANCE_RULES } from './catalogue';
import {
  coveredWhatsAppVariants,
  dpiaDocumented,
  hasRetention,
  transfersWithoutMechanism,
} from './processing';
import { scoreFindings } from './score.util';
import {
  ACCOUNT_RULE_IDS,
  CLIENT_RULE_IDS,
  type AccountFacts,
  type AccountRuleId,
  type ClientFacts,
  type ClientRuleId,
  type ComplianceResult,
  type ComplianceRule,
  type DocumentType,
  type Finding,
  type FindingStatus,
} from './types';

type AccountCheck = (account: AccountFacts) => FindingStatus;
type ClientCheck = (facts: ClientFacts, rule: ComplianceRule) => FindingStatus;

function answerStatus(answer: boolean | null, passesWhen: boolean): FindingStatus {
  if (answer === null) return 'UNKNOWN';
  return answer === passesWhen ? 'PASS' : 'FAIL';
}

// Only a private app explicitly answered "not used for business" is outside the GDPR (Art. 2(2)(c));
// an unknown answer keeps the account in scope.
function isBusinessUse(account: AccountFacts): boolean {
  return !(account.variant === 'PRIVATE_APP' && account.answers.usedForBusiness === false);
}

const ACCOUNT_CHECKS: Record<AccountRuleId, AccountCheck> = {
  'WA-PRIVATE-APP': ({ answers }) => answerStatus(answers.usedForBusiness, false),
  'WA-CONTACT-SYNC': ({ answers }) => answerStatus(answers.contactSyncDisabled, true),
  'WA-ADDRESS-BOOK': ({ answers }) => answerStatus(answers.addressBookOnlyConsentingContacts, true),
  'WA-IMPRINT': ({ answers }) => answerStatus(answers.profileHasImprint, true),
  'WA-PRIVACY-NOTICE': ({ answers }) => answerStatus(answers.privacyNoticeCoversWhatsApp, true),
  'WA-PRIVACY-LINK': ({ answers }) => answerStatus(answers.profileLinksPrivacyNotice, true),
  'WA-DOUBLE-OPT-IN': ({ answers }) => answerStatus(answers.doubleOptInDocumented, true),
  'WA-MARKETING-CONSENT': ({ answers }) => {
    if (answers.sendsMarketing === null) return 'UNKNOWN';
    if (!answers.sendsMarketing) return 'PASS';
    return answerStatus(answers.separateMarketingConsent, true);
  },
  'WA-BSP-CHOSEN': ({ bsp }) => (bsp ? 'PASS' : 'FAIL'),
  'WA-BSP-DPA': ({ bsp, answers }) => (bsp ? answerStatus(answers.bspDpaSigned, true) : 'UNKNOWN'),
  'WA-BSP-TRANSFER': ({ bsp }) => {
    if (!bsp) return 'UNKNOWN';
    if (bsp.hostingRegion !== 'THIRD_COUNTRY') return 'PASS';
    return bsp.transferMechanism === 'NONE' ? 'FAIL' : 'PASS';
  },
  'WA-DEDICATED-DEVICE': ({ answers }) => answerStatus(answers.dedicatedBusinessDevice, true),
  'WA-ACCOUNT-DELETION': ({ answers }) => answerStatus(answers.accountDeletionProcess, true),
};

function hasApproved(facts: ClientFacts, type: DocumentType): FindingStatus {
  return facts.approvedDocumentTypes.includes(type) ? 'PASS' : 'FAIL';
}

// A client-scoped WhatsApp rule applies when at least one account in business use has one of its variants.
function appliesToSomeAccount(facts: ClientFacts, rule: ComplianceRule): boolean {
  return facts.accounts.some((account) => isBusinessUse(account) && rule.variants.includes(account.variant));
}

// Approved activities cover the client's WhatsApp use when every variant in business use is described by one.
function coversWhatsAppUse(facts: ClientFacts, rule: ComplianceRule): boolean {
  const covered = coveredWhatsAppVariants(facts.processingActivities);
  return facts.accounts
    .filter((account) => isBusinessUse(account) && rule.variants.includes(account.variant))
    .every((account) => covered.has(account.variant));
}

const CLIENT_CHECKS: Record<ClientRuleId, ClientCheck> = {
  'WA-PROCESSING-RECORD': (facts, rule) => {
    if (!appliesToSomeAccount(facts, rule)) return 'NOT_APPLICABLE';
    if (hasApproved(facts, 'PROCESSING_RECORD') === 'PASS') return 'PASS';
    return coversWhatsAppUse(facts, rule) ? 'PASS' : 'FAIL';
  },
  'WA-DPIA': (facts, rule) => {
    if (!appliesToSomeAccount(facts, rule)) return 'NOT_APPLICABLE';
    if (hasApproved(facts, 'DPIA') === 'PASS') return 'PASS';
    return dpiaDocumented(facts.processingActivities, rule.variants) ? 'PASS' : 'FAIL';
  },
  'CONSENT-STALE-PENDING': ({ consentTotal, stalePendingConsents }) => {
    if (consentTotal <= 0) return 'NOT_APPLICABLE';
    return stalePendingConsents > 0 ? 'FAIL' : 'PASS';
  },
  'DOC-REVIEW-OVERDUE': ({ overdueDocumentReviews }) => (overdueDocumentReviews > 0 ? 'FAIL' : 'PASS'),
  'DSR-OVERDUE': ({ requestTotal, overdueRequests }) => {
    if (requestTotal <= 0) return 'NOT_APPLICABLE';
    return overdueRequests > 0 ? 'FAIL' : 'PASS';
  },
  'BREACH-NOT-NOTIFIED': ({ notifiableBreaches, lateUnnotifiedBreaches }) => {
    if (notifiableBreaches <= 0) return 'NOT_APPLICABLE';
    return lateUnnotifiedBreaches > 0 ? 'FAIL' : 'PASS';
  },
  'PROC-TRANSFER-MECHANISM': ({ processingActivities }) => {
    if (processingActivities.length === 0) return 'NOT_APPLICABLE';
    return processingActivities.some((a) => transfersWithoutMechanism(a).length > 0) ? 'FAIL' : 'PASS';
  },
  'PROC-RETENTION': ({ processingActivities }) => {
    if (processingActivities.length === 0) return 'NOT_APPLICABLE';
    return processingActivities.every(hasRetention) ? 'PASS' : 'FAIL';
  },
  'CONSENT-TEXT': ({ activeConsentTextPurposes, flawedConsentTextPurposes }) => {
    if (activeConsentTextPurposes <= 0) return 'NOT_APPLICABLE';
    return flawedConsentTextPurposes > 0 ? 'FAIL' : 'PASS';
  },
  // A new question is UNKNOWN until answered (AMBER, never silently GREEN or RED); "no" fails.
  'CAMPAIGN-ANSWERS': ({
    campaignQuestions = 0,
    unansweredCampaignQuestions = 0,
    deniedCampaignQuestions = 0,
  }) => {
    if (campaignQuestions <= 0) return 'NOT_APPLICABLE';
    if (deniedCampaignQuestions > 0) return 'FAIL';
    return unansweredCampaignQuestions > 0 ? 'UNKNOWN' : 'PASS';
  },
};

function isAccountRuleId(id: string): id is AccountRuleId {
  return (ACCOUNT_RULE_IDS as readonly string[]).includes(id);
}

function isClientRuleId(id: string): id is ClientRuleId {
  return (CLIENT_RULE_IDS as readonly string[]).includes(id);
}

const ACCOUNT_RULES = COMPLIANCE_RULES.flatMap((rule) =>
  rule.scope === 'ACCOUNT' && isAccountRuleId(rule.id) ? [{ rule, check: ACCOUNT_CHECKS[rule.id] }] : [],
);

const CLIENT_RULES = COMPLIANCE_RULES.flatMap((rule) =>
  rule.scope === 'CLIENT' && isClientRuleId(rule.id) ? [{ rule, check: CLIENT_CHECKS[rule.id] }] : [],
);

function toFinding(rule: ComplianceRule, status: FindingStatus, accountId: string | null): Finding {
  return {
    ruleId: rule.id,
    status,
    severity: rule.severity,
    accountId,
    titleDe: rule.titleDe,
    titleEn: rule.titleEn,
    remediationDe: rule.remediationDe,
    remediationEn: rule.remediationEn,
    legalReference: rule.legalReference,
  };
}

// What a CRITICAL or HIGH rule reads: the claimed, unverified answers as unknown.
function verifiedOnly(account: AccountFacts): AccountFacts {
  if (!account.claimedAnswers?.length) return account;
  const answers = { ...account.answers };
  for (const key of account.claimedAnswers) answers[key] = null;
  return { ...account, answers };
}

function accountStatus(rule: ComplianceRule, check: AccountCheck, facts: AccountFacts): FindingStatus {
  const account = rule.severity === 'CRITICAL' || rule.severity === 'HIGH' ? verifiedOnly(facts) : facts;
  if (!rule.variants.includes(account.variant)) return 'NOT_APPLICABLE';
  if (rule.id !== 'WA-PRIVATE-APP' && !isBusinessUse(account)) return 'NOT_APPLICABLE';
  return check(account);
}

/** One finding per account-scoped rule, in catalogue order, NOT_APPLICABLE included. */
export function evaluateAccount(account: AccountFacts): Finding[] {
  return ACCOUNT_RULES.map(({ rule, check }) =>
    toFinding(rule, accountStatus(rule, check, account), account.id),
  );
}

/** Findings of every account (in the given order), then the client-scoped findings, scored together. */
export function evaluateClient(facts: ClientFacts): ComplianceResult {
  const findings = [
    ...facts.accounts.flatMap(evaluateAccount),
    ...CLIENT_RULES.map(({ rule, check }) => toFinding(rule, check(facts, rule), null)),
  ];
  return { ...scoreFindings(findings), findings };
}
