export * from './lib/consent.module';
export * from './lib/consent.entities';
export { ConsentRequestService } from './lib/requests/consent-request.service';
export { ConsentRecordService } from './lib/records/consent-record.service';
export { ConsentStatsModel } from './lib/models/consent-stats.model';
export { normalizePhone, maskPhone } from './lib/phone.util';
export { ConsentPurposeEnum, CONSENT_PURPOSES, type ConsentPurpose } from './lib/consent.enums';
export type { MessageEvidence } from './lib/consent-vault';
