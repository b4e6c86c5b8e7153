import { registerEnumType } from '@nestjs/graphql';
import { BREACH_RISKS } from '@klarsicht/compliance-rules/legal-clocks';

export const BreachRiskEnum = Object.fromEntries(BREACH_RISKS.map((r) => [r, r])) as {
  [K in (typeof BREACH_RISKS)[number]]: K;
};
registerEnumType(BreachRiskEnum, {
  name: 'BreachRisk',
  description:
    'NO_RISK: documented only (Art. 33(5)); RISK: notify the authority within 72 hours (Art. 33(1)); HIGH_RISK: also tell the people (Art. 34).',
});
