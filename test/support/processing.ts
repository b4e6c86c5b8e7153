import type { GqlResult } from './test-app';

// GraphQL documents and helpers of the processing-activity integration tests.
export const RECORD = `name purposes legalBases subjectCategories dataCategories retention securityMeasures whatsAppVariants
  technicalMeasureIds
  recipients { name kind region bspId } transfers { recipient country mechanism }`;
export const FIELDS = `id clientId status version approvedVersion name transferGaps nextReviewAt templateId record { ${RECORD} }
  versions { version approvedAt record { ${RECORD} } }`;
export const APPLY = `mutation ($input: ApplyProcessingTemplateInput!) { applyProcessingTemplate(input: $input) { ${FIELDS} } }`;
export const CREATE = `mutation ($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation ($id: ID!, $input: UpdateProcessingActivityInput!) { updateProcessingActivity(id: $id, input: $input) { ${FIELDS} } }`;
export const SUBMIT = `mutation ($id: ID!) { submitProcessingActivity(id: $id) { ${FIELDS} } }`;
export const APPROVE = `mutation ($id: ID!) { approveProcessingActivity(id: $id) { ${FIELDS} } }`;
export const GET = `query ($id: ID!) { processingActivity(id: $id) { ${FIELDS} } }`;
export const LIST = `query ($clientId: ID!, $first: Int, $after: String) { processingActivities(clientId: $clientId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
export const COMPLIANCE = `query ($id: ID!) { client(id: $id) { compliance { findings { ruleId status } } } }`;
export const TASKS = `query ($clientId: ID!) { tasks(filter: { clientId: $clientId }) { edges { node { status ruleId } } } }`;

export type Activity = {
  id: string;
  clientId: string;
  status: string;
  version: number;
  approvedVersion: number | null;
  name: string;
  transferGaps: string[];
  nextReviewAt: string | null;
  templateId: string | null;
  record: Record<string, unknown> & {
    recipients: { name: string; kind: string; region: string; bspId: string | null }[];
    transfers: { recipient: string; country: string; mechanism: string }[];
  };
  versions: { version: number; approvedAt: string | null; record: Record<string, unknown> }[];
};

export const must = <T>(result: GqlResult<T>): T => {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
export const code = (result: GqlResult): unknown => result.errors?.[0]?.extensions?.['code'];

export const record = (overrides: Record<string, unknown> = {}) => ({
  name: 'Bewerbermanagement',
  purposes: ['Durchführung des Bewerbungsverfahrens'],
  legalBases: ['ART6_1_B'],
  subjectCategories: ['Bewerberinnen und Bewerber'],
  dataCategories: ['Kontaktdaten', 'Lebenslauf'],
  recipients: [{ name: 'Personalabteilung', kind: 'INTERNAL', region: 'EU' }],
  retention: '6 Monate nach Abschluss des Verfahrens (§ 15 Abs. 4 AGG)',
  ...overrides,
});
