import { registerEnumType } from '@nestjs/graphql';

export const CONSENT_PURPOSES = ['SERVICE', 'MARKETING', 'TRANSACTIONAL'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_STATUSES = ['PENDING', 'CONFIRMED', 'WITHDRAWN', 'EXPIRED'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_EVENT_TYPES = [
  'REQUESTED',
  'CONFIRMED',
  'WITHDRAWN',
  'EXPIRED',
  'IMPORTED',
  'ERASED',
] as const;
export type ConsentEventType = (typeof CONSENT_EVENT_TYPES)[number];

export const CONSENT_SOURCES = ['WEB_FORM', 'QR_CODE', 'WHATSAPP_REPLY', 'PAPER', 'IMPORT', 'API'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const CONSENT_CONFIRM_VIA = ['LINK', 'WHATSAPP_REPLY'] as const;
export type ConsentConfirmVia = (typeof CONSENT_CONFIRM_VIA)[number];

export const CONSENT_LANGUAGES = ['de', 'en'] as const;
export type ConsentLanguage = (typeof CONSENT_LANGUAGES)[number];

export const IMPORT_STATES = ['RUNNING', 'COMMITTED', 'VALIDATED', 'FAILED'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ConsentPurposeEnum = enumOf(CONSENT_PURPOSES);
export const ConsentStatusEnum = enumOf(CONSENT_STATUSES);
export const ConsentEventTypeEnum = enumOf(CONSENT_EVENT_TYPES);
export const ConsentSourceEnum = enumOf(CONSENT_SOURCES);
export const ImportStateEnum = enumOf(IMPORT_STATES);
export const ConsentConfirmViaEnum = enumOf(CONSENT_CONFIRM_VIA);

registerEnumType(ConsentPurposeEnum, { name: 'ConsentPurpose', description: 'What a consent covers.' });
registerEnumType(ConsentStatusEnum, { name: 'ConsentStatus' });
registerEnumType(ConsentEventTypeEnum, { name: 'ConsentEventType' });
registerEnumType(ConsentSourceEnum, {
  name: 'ConsentSource',
  description: 'Where a consent event came from.',
});
registerEnumType(ImportStateEnum, {
  name: 'ConsentImportState',
  description: 'RUNNING → COMMITTED (or VALIDATED for a dry run) or FAILED.',
});
registerEnumType(ConsentConfirmViaEnum, {
  name: 'ConsentConfirmVia',
  description:
    'How a double opt-in is confirmed: LINK (the public page) or WHATSAPP_REPLY (a "JA" from the number, through a messaging channel).',
});
