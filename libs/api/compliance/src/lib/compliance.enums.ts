import { registerEnumType } from '@nestjs/graphql';
import {
  COMPLIANCE_LEVELS,
  FINDING_STATUSES,
  SEVERITIES,
  VARIANTS,
  type ComplianceLevel,
} from '@klarsicht/compliance-rules';

const asEnum = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

// The rule engine's vocabulary as GraphQL enums (WhatsApp variants are what the rules are written against).
export const VariantEnum = asEnum(VARIANTS);
export const SeverityEnum = asEnum(SEVERITIES);
export const FindingStatusEnum = asEnum(FINDING_STATUSES);
export const ComplianceLevelEnum = Object.fromEntries(COMPLIANCE_LEVELS.map((s) => [s, s])) as {
  [K in ComplianceLevel]: K;
};

registerEnumType(VariantEnum, { name: 'WhatsAppVariant' });
registerEnumType(SeverityEnum, { name: 'Severity' });
registerEnumType(FindingStatusEnum, { name: 'FindingStatus' });
registerEnumType(ComplianceLevelEnum, { name: 'ComplianceLevel' });
