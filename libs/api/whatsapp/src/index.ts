export * from './lib/bsp.entity';
export * from './lib/whatsapp-account.entity';
export * from './lib/whatsapp.module';
export * from './lib/whatsapp.service';
export { AttestationService } from './lib/attestations/attestation.service';
