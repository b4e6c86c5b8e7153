export * from './lib/consent.module';
export * from './lib/consent.entities';
export { ConsentRequestService } from './lib/requests/consent-request.service';
export { ConsentRecordService } from './lib/records/consent-record.service';
export { ConsentErasureService } from './lib/erasure/consent-erasure.service';
export { ConsentProofService } from './lib/proof/consent-proof.service';
export { ConsentVault } from './lib/consent-vault';
export { ConsentStatsModel } from './lib/models/consent-stats.model';
export { normalizePhone, maskPhone } from './lib/phone.util';
