import { registerEnumType } from '@nestjs/graphql';
import {
  LEGAL_BASES,
  PROCESSING_STATUSES,
  RECIPIENT_KINDS,
  SPECIAL_CATEGORY_CONDITIONS,
} from '@klarsicht/compliance-rules';

const asEnum = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ProcessingStatusEnum = asEnum(PROCESSING_STATUSES);
export const LegalBasisEnum = asEnum(LEGAL_BASES);
export const SpecialCategoryConditionEnum = asEnum(SPECIAL_CATEGORY_CONDITIONS);
export const RecipientKindEnum = asEnum(RECIPIENT_KINDS);

export const TEMPLATE_LANGUAGES = ['DE', 'EN'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
export const TemplateLanguageEnum = asEnum(TEMPLATE_LANGUAGES);

registerEnumType(ProcessingStatusEnum, {
  name: 'ProcessingStatus',
  description:
    'DRAFT → IN_REVIEW (submitted) → APPROVED (by an OWNER or DPO); an edit starts a new DRAFT version.',
});
registerEnumType(LegalBasisEnum, { name: 'LegalBasis', description: 'Art. 6(1) DSGVO, letters a–f.' });
registerEnumType(SpecialCategoryConditionEnum, {
  name: 'SpecialCategoryCondition',
  description: 'Art. 9(2) DSGVO, letters a–j (special categories of personal data).',
});
registerEnumType(RecipientKindEnum, { name: 'RecipientKind' });
registerEnumType(TemplateLanguageEnum, { name: 'TemplateLanguage' });
