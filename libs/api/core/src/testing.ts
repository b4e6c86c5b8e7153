/**
 * Unit-spec helpers (never imported by application code): a request context that refuses to touch a database, and
 * repositories stubbed method by method, in the manner of immich's `newTestService`. Integration tests use the
 * real stack instead (test/support).
 */
import type { DataSource } from 'typeorm';
import type { AuditSink } from './lib/audit/audit-sink';
import { RequestContext, type Principal } from './lib/context/request-context';

const refuse = <T extends object>(what: string): T =>
  new Proxy({} as T, {
    get: (_target, property) => {
      throw new Error(`A unit spec touched the ${what} (${String(property)}): stub the repository instead`);
    },
  });

export const TEST_TENANT_ID = '00000000-0000-7000-8000-000000000001';
export const TEST_USER_ID = '00000000-0000-7000-8000-000000000002';

/** A firm's DPO by default; pass what differs (role, clientId, scopes …). */
export const testPrincipal = (overrides: Partial<Principal> = {}): Principal => ({
  actor: { type: 'USER', id: TEST_USER_ID, label: 'dpo@example.test' },
  userId: TEST_USER_ID,
  tenantId: TEST_TENANT_ID,
  role: 'DPO',
  clientId: null,
  scopes: null,
  ...overrides,
});

/** A real RequestContext whose database and audit sink throw on any use; spy on `audit` to see what it records. */
export const testContext = (overrides: Partial<Principal> = {}): RequestContext => {
  const database = refuse<DataSource>('database');
  const sink = refuse<AuditSink>('audit sink');
  const ctx = new RequestContext(database, sink, testPrincipal(overrides), {
    ip: null,
    userAgent: null,
    requestId: null,
  });
  jest.spyOn(ctx, 'audit');
  return ctx;
};

/** Every method of the class as a jest.fn() without an implementation (resolve what a spec needs). */
export const stubOf = <T extends object>(type: abstract new (...args: never[]) => T): jest.Mocked<T> => {
  const stub = Object.create(type.prototype) as jest.Mocked<T>;
  for (const name of Object.getOwnPropertyNames(type.prototype)) {
    if (name !== 'constructor') Object.defineProperty(stub, name, { value: jest.fn(), writable: true });
  }
  return stub;
};
