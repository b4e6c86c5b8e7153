import { registerEnumType } from '@nestjs/graphql';
import { HOSTING_REGIONS, TRANSFER_MECHANISMS } from '@klarsicht/compliance-rules';

const asEnum = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const HostingRegionEnum = asEnum(HOSTING_REGIONS);
export const TransferMechanismEnum = asEnum(TRANSFER_MECHANISMS);

registerEnumType(HostingRegionEnum, { name: 'HostingRegion' });
registerEnumType(TransferMechanismEnum, { name: 'TransferMechanism' });
