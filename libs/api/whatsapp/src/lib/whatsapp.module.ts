import { Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '@klarsicht/api-core';
import { AttestationRepository } from './attestations/attestation.repository';
import { AttestationResolver, ClientAttestationResolver } from './attestations/attestation.resolver';
import { AttestationService } from './attestations/attestation.service';
import { BspRepository } from './bsp.repository';
import { WhatsAppAccountRepository } from './whatsapp-account.repository';
import { ClientWhatsAppResolver, WhatsAppResolver } from './whatsapp.resolver';
import { WhatsAppService } from './whatsapp.service';

export const ATTESTATIONS_EXPIRED_QUEUE = 'attestations-expired';

@Module({
  providers: [
    BspRepository,
    WhatsAppAccountRepository,
    WhatsAppService,
    WhatsAppResolver,
    ClientWhatsAppResolver,
    AttestationRepository,
    AttestationService,
    AttestationResolver,
    ClientAttestationResolver,
  ],
  exports: [WhatsAppService],
})
export class WhatsAppModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly attestations: AttestationService,
  ) {}

  onModuleInit(): void {
    // Daily at 03:40: answers past the client's re-attestation period fall back to unknown, with a task.
    this.jobs.register(
      ATTESTATIONS_EXPIRED_QUEUE,
      () =>
        this.jobs.forEachTenant(ATTESTATIONS_EXPIRED_QUEUE, async (ctx) => {
          await this.attestations.sweepExpired(ctx);
        }),
      { cron: '40 3 * * *' },
    );
  }
}
