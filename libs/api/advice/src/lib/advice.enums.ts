import { registerEnumType } from '@nestjs/graphql';

export const ADVICE_DECISIONS = ['ACCEPTED', 'DECLINED'] as const;
export type AdviceDecision = (typeof ADVICE_DECISIONS)[number];

/** OPEN until the client's admin acknowledges; then the decision. */
export const ADVICE_STATUSES = ['OPEN', 'ACCEPTED', 'DECLINED'] as const;
export type AdviceStatus = (typeof ADVICE_STATUSES)[number];

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const AdviceDecisionEnum = enumOf(ADVICE_DECISIONS);
export const AdviceStatusEnum = enumOf(ADVICE_STATUSES);

registerEnumType(AdviceDecisionEnum, {
  name: 'AdviceDecision',
  description: "The client's answer to an advice: ACCEPTED, or DECLINED (with the reason in the comment).",
});
registerEnumType(AdviceStatusEnum, { name: 'AdviceStatus' });
