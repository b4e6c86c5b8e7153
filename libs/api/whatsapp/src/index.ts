export * from './lib/bsp.entity';
export * from './lib/whatsapp-account.entity';
export * from './lib/whatsapp.module';
export * from './lib/whatsapp.service';
export * from './lib/whatsapp.enums';
export { AttestationService } from './lib/attestations/attestation.service';
