import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { COMPLIANCE_REEVALUATOR } from '@klarsicht/api-core';
import { ComplianceService } from './compliance.service';
import { ClientWhatsAppResolver, ComplianceFindingsResolver, WhatsAppResolver } from './whatsapp.resolver';
import { WhatsAppService } from './whatsapp.service';

// Global: any feature whose data feeds the rules injects COMPLIANCE_REEVALUATOR.
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    ComplianceService,
    { provide: COMPLIANCE_REEVALUATOR, useExisting: ComplianceService },
    WhatsAppService,
    WhatsAppResolver,
    ClientWhatsAppResolver,
    ComplianceFindingsResolver,
  ],
  exports: [COMPLIANCE_REEVALUATOR, ComplianceService],
})
export class WhatsAppModule {}
