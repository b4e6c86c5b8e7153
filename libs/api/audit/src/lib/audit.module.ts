import { Global, Module } from '@nestjs/common';
import { AUDIT_SINK } from '@klarsicht/api-core';
import { AuditChainSink } from './audit-chain.sink';
import { AuditExportController } from './audit-export.controller';
import { AuditResolver } from './audit.resolver';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditExportController],
  providers: [
    AuditChainSink,
    { provide: AUDIT_SINK, useExisting: AuditChainSink },
    AuditRepository,
    AuditService,
    AuditResolver,
  ],
  exports: [AUDIT_SINK, AuditService],
})
export class AuditModule {}
