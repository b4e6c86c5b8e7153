import { Module } from '@nestjs/common';
import { BspRepository } from './bsp.repository';
import { WhatsAppAccountRepository } from './whatsapp-account.repository';
import { ClientWhatsAppResolver, WhatsAppResolver } from './whatsapp.resolver';
import { WhatsAppService } from './whatsapp.service';

@Module({
  providers: [
    BspRepository,
    WhatsAppAccountRepository,
    WhatsAppService,
    WhatsAppResolver,
    ClientWhatsAppResolver,
  ],
  exports: [WhatsAppService],
})
export class WhatsAppModule {}
