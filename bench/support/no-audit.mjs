// Benchmark only (bench/audit-mutation.mjs): preloaded with `node --import`, it turns the audit sink's append into a
// no-op, so the same build answers the same mutation without the audit event and hash chain. Never used by the product.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { AuditChainSink } = require(
  resolve(import.meta.dirname, '../../dist/apps/api/libs/api/audit/src/lib/audit-chain.sink.js'),
);
AuditChainSink.prototype.append = async () => undefined;
