import { registerEnumType } from '@nestjs/graphql';

// Art. 15–22 DSGVO; WITHDRAWAL is the withdrawal of consent (Art. 7(3)).
export const REQUEST_TYPES = [
  'ACCESS',
  'RECTIFICATION',
  'ERASURE',
  'RESTRICTION',
  'PORTABILITY',
  'OBJECTION',
  'WITHDRAWAL',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_CHANNELS = [
  'EMAIL',
  'LETTER',
  'PHONE',
  'WHATSAPP',
  'WEB_FORM',
  'IN_PERSON',
  'API',
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const IDENTITY_STATUSES = ['PENDING', 'VERIFIED', 'FAILED'] as const;
export type IdentityStatus = (typeof IDENTITY_STATUSES)[number];

export const REQUEST_STATUSES = ['OPEN', 'EXTENDED', 'COMPLETED', 'REJECTED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['OPEN', 'EXTENDED'];
export const CLOSING_STATUSES = ['COMPLETED', 'REJECTED'] as const;
export type ClosingStatus = (typeof CLOSING_STATUSES)[number];

export const REQUEST_ACTIONS = ['EXPORT_CONSENT_DATA', 'ERASE_CONSENT_DATA', 'WITHDRAW_MARKETING'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const ACTION_OUTCOMES = ['DONE', 'BLOCKED', 'NO_DATA'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

/** Which action fits which request type: what Klarsicht holds about a person is their consent data. */
export const ACTIONS_FOR: Record<RequestType, readonly RequestAction[]> = {
  ACCESS: ['EXPORT_CONSENT_DATA'],
  PORTABILITY: ['EXPORT_CONSENT_DATA'],
  ERASURE: ['ERASE_CONSENT_DATA'],
  OBJECTION: ['WITHDRAW_MARKETING'],
  WITHDRAWAL: ['WITHDRAW_MARKETING'],
  RECTIFICATION: [],
  RESTRICTION: [],
};

const asEnum = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RequestTypeEnum = asEnum(REQUEST_TYPES);
export const RequestChannelEnum = asEnum(REQUEST_CHANNELS);
export const IdentityStatusEnum = asEnum(IDENTITY_STATUSES);
export const RequestStatusEnum = asEnum(REQUEST_STATUSES);
export const ClosingStatusEnum = asEnum(CLOSING_STATUSES);
export const RequestActionEnum = asEnum(REQUEST_ACTIONS);
export const ActionOutcomeEnum = asEnum(ACTION_OUTCOMES);

registerEnumType(RequestTypeEnum, {
  name: 'DataSubjectRequestType',
  description: 'The right exercised (Art. 15–22 DSGVO; WITHDRAWAL: of consent, Art. 7(3)).',
});
registerEnumType(RequestChannelEnum, { name: 'DataSubjectRequestChannel' });
registerEnumType(IdentityStatusEnum, {
  name: 'IdentityCheckStatus',
  description: 'Whether the person was identified (Art. 12(6) DSGVO); actions need VERIFIED.',
});
registerEnumType(RequestStatusEnum, {
  name: 'DataSubjectRequestStatus',
  description: 'OPEN → EXTENDED (optional) → COMPLETED or REJECTED.',
});
registerEnumType(ClosingStatusEnum, { name: 'DataSubjectRequestOutcome' });
registerEnumType(RequestActionEnum, {
  name: 'DataSubjectRequestAction',
  description:
    'EXPORT_CONSENT_DATA (ACCESS, PORTABILITY), ERASE_CONSENT_DATA (ERASURE), WITHDRAW_MARKETING (OBJECTION, WITHDRAWAL).',
});
registerEnumType(ActionOutcomeEnum, {
  name: 'DataSubjectRequestActionOutcome',
  description:
    'DONE; BLOCKED (e.g. a legal hold, the reason in `detail`); NO_DATA (no consent data for the number).',
});
