import { registerEnumType } from '@nestjs/graphql';
import { FINDING_STATUSES, HOSTING_REGIONS, SEVERITIES, TRANSFER_MECHANISMS, VARIANTS } from '@klarsicht/compliance-rules';

const asEnum = <T extends string>(values: readonly T[]): { [K in T]: K } => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const VariantEnum = asEnum(VARIANTS);
export const SeverityEnum = asEnum(SEVERITIES);
export const FindingStatusEnum = asEnum(FINDING_STATUSES);
export const HostingRegionEnum = asEnum(HOSTING_REGIONS);
export const TransferMechanismEnum = asEnum(TRANSFER_MECHANISMS);

registerEnumType(VariantEnum, { name: 'WhatsAppVariant' });
registerEnumType(SeverityEnum, { name: 'Severity' });
registerEnumType(FindingStatusEnum, { name: 'FindingStatus' });
registerEnumType(HostingRegionEnum, { name: 'HostingRegion' });
registerEnumType(TransferMechanismEnum, { name: 'TransferMechanism' });
