import { registerEnumType } from '@nestjs/graphql';

export const MESSAGING_PROVIDERS = ['META_CLOUD_API', 'TWILIO'] as const;
export type MessagingProvider = (typeof MESSAGING_PROVIDERS)[number];

export const DELIVERY_KINDS = ['OPT_OUT', 'CONFIRMATION', 'MESSAGE'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export const DELIVERY_OUTCOMES = ['WITHDRAWN', 'CONFIRMED', 'NO_CHANGE', 'IGNORED'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const MessagingProviderEnum = enumOf(MESSAGING_PROVIDERS);
export const DeliveryKindEnum = enumOf(DELIVERY_KINDS);
export const DeliveryOutcomeEnum = enumOf(DELIVERY_OUTCOMES);

registerEnumType(MessagingProviderEnum, {
  name: 'MessagingProvider',
  description: "META_CLOUD_API: Meta's webhook format (also what 360dialog and most BSPs forward); TWILIO.",
});
registerEnumType(DeliveryKindEnum, {
  name: 'MessagingDeliveryKind',
  description:
    'OPT_OUT: an opt-out keyword; CONFIRMATION: a confirmation keyword; MESSAGE: any other message.',
});
registerEnumType(DeliveryOutcomeEnum, {
  name: 'MessagingDeliveryOutcome',
  description:
    'WITHDRAWN / CONFIRMED: consent changed; NO_CHANGE: nothing to change (unknown number, nothing pending); IGNORED: not a consent event.',
});
