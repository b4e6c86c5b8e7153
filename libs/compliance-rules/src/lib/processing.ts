import type { HostingRegion, TransferMechanism, Variant } from './types';

// Records of processing activities (Art. 30(1) DSGVO): the record's shape and the checks the rules make on it.

export const PROCESSING_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED'] as const;
export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];

/** Art. 6(1) letters a–f. */
export const LEGAL_BASES = ['ART6_1_A', 'ART6_1_B', 'ART6_1_C', 'ART6_1_D', 'ART6_1_E', 'ART6_1_F'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Art. 9(2) letters a–j, for special categories of personal data. */
export const SPECIAL_CATEGORY_CONDITIONS = [
  'ART9_2_A',
  'ART9_2_B',
  'ART9_2_C',
  'ART9_2_D',
  'ART9_2_E',
  'ART9_2_F',
  'ART9_2_G',
  'ART9_2_H',
  'ART9_2_I',
  'ART9_2_J',
] as const;
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number];

export const RECIPIENT_KINDS = ['INTERNAL', 'PROCESSOR', 'CONTROLLER', 'JOINT_CONTROLLER'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export type ProcessingRecipient = {
  name: string;
  kind: RecipientKind;
  /** Where the recipient processes the data: EU, EEA or a third country (Art. 44 ff.). */
  region: HostingRegion;
  /** A processor from the firm's BSP catalogue. */
  bspId: string | null;
};

export type ProcessingTransfer = {
  /** Who receives the data in the third country (a recipient's name, or its sub-processor). */
  recipient: string;
  /** ISO 3166-1 alpha-2 code of the third country, e.g. US. */
  country: string;
  mechanism: TransferMechanism;
};

/** What Art. 30(1) asks of one processing activity: one version of the record. */
export type ProcessingRecord = {
  name: string;
  description: string;
  purposes: string[];
  legalBases: LegalBasis[];
  specialCategoryConditions: SpecialCategoryCondition[];
  subjectCategories: string[];
  dataCategories: string[];
  recipients: ProcessingRecipient[];
  transfers: ProcessingTransfer[];
  /** Erasure periods (Art. 30(1)(f), Art. 5(1)(e)); blank: none documented. */
  retention: string;
  /** General description of the technical and organisational measures (Art. 30(1)(g), Art. 32). */
  securityMeasures: string;
  /** The catalogue's measures that protect it (`builtin:<key>` or a firm measure's id; Art. 32). */
  technicalMeasureIds: string[];
  /** The WhatsApp variants whose use this activity describes (WA-PROCESSING-RECORD). */
  whatsAppVariants: Variant[];
};

/** What the rules read of one activity: its approved version's WhatsApp cover, and its latest version. */
export type ProcessingActivityFacts = {
  id: string;
  /** WhatsApp variants covered by the approved version; empty while none is approved. */
  approvedWhatsAppVariants: Variant[];
  recipients: Pick<ProcessingRecipient, 'name' | 'region'>[];
  transfers: Pick<ProcessingTransfer, 'recipient' | 'mechanism'>[];
  retention: string;
  /** WhatsApp variants of the latest version (the DPIA screening is made for the activity as it now stands). */
  whatsAppVariants: Variant[];
  /** The screening's result: null while none is documented. */
  dpiaScreeningRequired: boolean | null;
  dpiaApproved: boolean;
};

const normalised = (name: string): string => name.trim().toLowerCase();

/**
 * Art. 44 ff.: every transfer needs a mechanism, and every recipient outside the EU/EEA a transfer with one.
 * Returns the recipients (or transfers) that lack it.
 */
export function transfersWithoutMechanism(
  activity: Pick<ProcessingActivityFacts, 'recipients' | 'transfers'>,
): string[] {
  const covered = new Set(
    activity.transfers.filter((t) => t.mechanism !== 'NONE').map((t) => normalised(t.recipient)),
  );
  const bareTransfers = activity.transfers.filter((t) => t.mechanism === 'NONE').map((t) => t.recipient);
  const bareRecipients = activity.recipients
    .filter((r) => r.region === 'THIRD_COUNTRY' && !covered.has(normalised(r.name)))
    .map((r) => r.name);
  return [...new Set([...bareRecipients, ...bareTransfers])];
}

/** Art. 5(1)(e), Art. 30(1)(f): a documented erasure period. */
export const hasRetention = (activity: Pick<ProcessingActivityFacts, 'retention'>): boolean =>
  activity.retention.trim().length > 0;

/** The variants some approved activity covers. */
export const coveredWhatsAppVariants = (activities: readonly ProcessingActivityFacts[]): Set<Variant> =>
  new Set(activities.flatMap((a) => a.approvedWhatsAppVariants));

/**
 * WA-DPIA through the register: every activity describing one of the variants has an approved DPIA or a documented
 * screening "not required"; false if no activity describes them.
 */
export function dpiaDocumented(
  activities: readonly ProcessingActivityFacts[],
  variants: readonly Variant[],
): boolean {
  const concerned = activities.filter((a) =>
    [...a.whatsAppVariants, ...a.approvedWhatsAppVariants].some((v) => variants.includes(v)),
  );
  return concerned.length > 0 && concerned.every((a) => a.dpiaApproved || a.dpiaScreeningRequired === false);
}
