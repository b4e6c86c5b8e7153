import type { RequestContext } from '../context/request-context';

/** What a feature knows about a client that feeds the rule engine (documents, consents). */
export type ClientComplianceFacts = {
  approvedDocumentTypes: string[];
  overdueDocumentReviews: number;
  consentTotal: number;
  stalePendingConsents: number;
};

/**
 * Features that feed the rules (documents, consent) register a contributor under COMPLIANCE_FACTS;
 * the compliance service merges their answers, one set-based call per feature for a whole page of clients.
 */
export type ComplianceFactsContributor = {
  factsFor(ctx: RequestContext, clientIds: readonly string[]): Promise<Map<string, Partial<ClientComplianceFacts>>>;
};
export const COMPLIANCE_FACTS = Symbol('COMPLIANCE_FACTS');

/** Re-evaluates the rules for clients after a change that feeds them (implemented by the WhatsApp feature). */
export type ComplianceReevaluator = {
  reevaluate(ctx: RequestContext, clientIds: readonly string[]): Promise<void>;
};
export const COMPLIANCE_REEVALUATOR = Symbol('COMPLIANCE_REEVALUATOR');

export type GeneratedTaskSource = 'RULE' | 'DOCUMENT_REVIEW' | 'CONSENT_HYGIENE';

/** Generated tasks are idempotent per (client, key): opening twice keeps one open task. */
export type GeneratedTaskSpec = {
  clientId: string;
  source: GeneratedTaskSource;
  // e.g. `rule:WA-PRIVATE-APP:<accountId>` or `document-review:<documentId>`
  key: string;
  title: string;
  description: string;
  priority: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  ruleId?: string | null;
  dueAt?: Date | null;
};

export type GeneratedTasks = {
  open(ctx: RequestContext, spec: GeneratedTaskSpec): Promise<void>;
  /** Closes the open task with this key, if any, with a comment saying why. */
  close(ctx: RequestContext, clientId: string, key: string, comment: string): Promise<void>;
};
export const GENERATED_TASKS = Symbol('GENERATED_TASKS');
