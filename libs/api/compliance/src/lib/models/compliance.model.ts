import { Field, Int, ID, ObjectType } from '@nestjs/graphql';
import type { ComplianceLevel, FindingStatus, Severity, Variant } from '@klarsicht/compliance-rules';
import { ComplianceLevelEnum, FindingStatusEnum, SeverityEnum, VariantEnum } from '../compliance.enums';

@ObjectType('Compliance')
export class ComplianceModel {
  @Field(() => Int, { description: '0–100, weighted by severity.' }) score!: number;
  @Field(() => ComplianceLevelEnum) level!: ComplianceLevel;
  // Not exposed: lets the findings field load lazily for this client.
  clientId!: string;
}

@ObjectType('Finding')
export class FindingModel {
  @Field(() => String) ruleId!: string;
  @Field(() => FindingStatusEnum) status!: FindingStatus;
  @Field(() => SeverityEnum) severity!: Severity;
  @Field(() => String, { description: 'German title.' }) title!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => String) legalReference!: string;
  @Field(() => String, { description: 'German remediation.' }) remediation!: string;
  @Field(() => String) remediationEn!: string;
  @Field(() => ID, { nullable: true, description: 'null for client-wide rules.' }) accountId!: string | null;
}

@ObjectType('ComplianceRule')
export class ComplianceRuleModel {
  @Field(() => String) id!: string;
  @Field(() => SeverityEnum) severity!: Severity;
  @Field(() => [VariantEnum]) variants!: Variant[];
  @Field(() => String) scope!: string;
  @Field(() => String) titleDe!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => String) rationaleDe!: string;
  @Field(() => String) rationaleEn!: string;
  @Field(() => String) remediationDe!: string;
  @Field(() => String) remediationEn!: string;
  @Field(() => String) legalReference!: string;
}
