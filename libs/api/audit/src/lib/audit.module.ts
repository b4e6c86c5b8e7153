import { Global, Module } from '@nestjs/common';
import { AUDIT_SINK } from '@klarsicht/api-core';
import { AuditChainSink } from './audit-chain.sink';

@Global()
@Module({
  providers: [AuditChainSink, { provide: AUDIT_SINK, useExisting: AuditChainSink }],
  exports: [AUDIT_SINK],
})
export class AuditModule {}
