export * from './lib/consent.module';
export * from './lib/consent.entities';
export { ConsentService } from './lib/consent.service';
export { normalizePhone, maskPhone } from './lib/phone.util';
