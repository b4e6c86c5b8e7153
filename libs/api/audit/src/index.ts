export * from './lib/audit.module';
export * from './lib/audit.service';
export { toAuditModel, verifyChain, type ChainReader } from './lib/audit.repository';
export * from './lib/audit-event.entity';
export * from './lib/audit-chain.util';
export * from './lib/audit-verify-all';
