import {
  evaluateClient,
  type AccountFacts,
  type ComplianceResult,
  type DocumentType,
  type Finding,
  type ProcessingActivityFacts,
} from '@klarsicht/compliance-rules';
import type { GeneratedTaskSpec } from '@klarsicht/api-tasks';
import type { FindingModel } from './models/compliance.model';

/** What the other features' data says about a client, as the rules read it (documents, consent, the record of processing). */
export type ClientComplianceFacts = {
  approvedDocumentTypes: string[];
  overdueDocumentReviews: number;
  consentTotal: number;
  stalePendingConsents: number;
  requestTotal: number;
  overdueRequests: number;
  notifiableBreaches: number;
  lateUnnotifiedBreaches: number;
  processingActivities: ProcessingActivityFacts[];
  activeConsentTextPurposes: number;
  flawedConsentTextPurposes: number;
  campaignQuestions: number;
  unansweredCampaignQuestions: number;
  deniedCampaignQuestions: number;
};

export type ClientAccountFacts = AccountFacts & { clientId: string; label: string };

export const EMPTY_RESULT: ComplianceResult = { score: 0, level: 'AMBER', findings: [] };
const NO_FACTS: ClientComplianceFacts = {
  approvedDocumentTypes: [],
  overdueDocumentReviews: 0,
  consentTotal: 0,
  stalePendingConsents: 0,
  requestTotal: 0,
  overdueRequests: 0,
  notifiableBreaches: 0,
  lateUnnotifiedBreaches: 0,
  processingActivities: [],
  activeConsentTextPurposes: 0,
  flawedConsentTextPurposes: 0,
  campaignQuestions: 0,
  unansweredCampaignQuestions: 0,
  deniedCampaignQuestions: 0,
};

/** Days a generated rule task has until it is due, by severity. */
export const DUE_DAYS = { CRITICAL: 7, HIGH: 14, MEDIUM: 30, LOW: 60 } as const;

export const generatedTaskKey = (finding: Pick<Finding, 'ruleId' | 'accountId'>): string =>
  `rule:${finding.ruleId}:${finding.accountId ?? 'client'}`;

/** The rule engine for each client, from its accounts (in creation order) and its facts. */
export const evaluateClients = (
  clientIds: readonly string[],
  accounts: readonly ClientAccountFacts[],
  facts: ReadonlyMap<string, ClientComplianceFacts>,
): Map<string, ComplianceResult> => {
  const results = new Map<string, ComplianceResult>();
  for (const clientId of clientIds) {
    const f = facts.get(clientId) ?? NO_FACTS;
    results.set(
      clientId,
      evaluateClient({
        ...f,
        approvedDocumentTypes: f.approvedDocumentTypes as DocumentType[],
        accounts: accounts
          .filter((a) => a.clientId === clientId)
          .map(({ id, variant, answers, bsp, claimedAnswers }) => ({
            id,
            variant,
            answers,
            bsp,
            claimedAnswers,
          })),
      }),
    );
  }
  return results;
};

/** The generated task a failing finding opens (titled with the account's label where it has one). */
export const ruleTaskFor = (
  clientId: string,
  finding: Finding,
  accountLabel: string | null | undefined,
  now: Date,
): GeneratedTaskSpec => ({
  clientId,
  source: 'RULE',
  key: generatedTaskKey(finding),
  ruleId: finding.ruleId,
  title: `${finding.titleDe}${accountLabel ? ` (${accountLabel})` : ''}`,
  description: finding.remediationDe,
  priority: finding.severity,
  dueAt: new Date(now.getTime() + DUE_DAYS[finding.severity] * 86_400_000),
});

/** Why a finding that no longer fails closes its task. */
export const closingComment = (finding: Pick<Finding, 'ruleId' | 'status'>): string => {
  const why =
    finding.status === 'PASS'
      ? 'Die Regel ist wieder erfüllt.'
      : finding.status === 'UNKNOWN'
        ? 'Die Antwort ist wieder offen; die Regel wird erneut geprüft.'
        : 'Die Regel trifft nicht mehr zu.';
  return `${finding.ruleId}: ${why}`;
};

export const toFindingModel = (f: Finding): FindingModel => ({
  ruleId: f.ruleId,
  status: f.status,
  severity: f.severity,
  title: f.titleDe,
  titleEn: f.titleEn,
  legalReference: f.legalReference,
  remediation: f.remediationDe,
  remediationEn: f.remediationEn,
  accountId: f.accountId,
});
