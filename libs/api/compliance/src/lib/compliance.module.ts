import { Global, Module } from '@nestjs/common';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';

// Global: every feature whose data feeds the rules (clients, WhatsApp, consent, documents) re-evaluates through it.
@Global()
@Module({
  providers: [ComplianceRepository, ComplianceService, ComplianceResolver],
  exports: [ComplianceService],
})
export class ComplianceModule {}
