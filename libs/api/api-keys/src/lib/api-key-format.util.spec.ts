import { generateApiKey, parseApiKey } from './api-key-format.util';

const TENANT = '0190f0a1-2b3c-7d4e-8f50-123456789abc';
const KEY = '0190f0a1-2b3c-7d4e-8f50-cba987654321';

describe('api key format', () => {
  it('round-trips tenant and key id and hashes the whole key', () => {
    const sut = generateApiKey(TENANT, KEY);
    expect(sut.key).toMatch(/^ks_live_[A-Za-z0-9_-]{86}_[0-9a-f]{8}$/);
    expect(parseApiKey(sut.key)).toEqual({ tenantId: TENANT, keyId: KEY, hash: sut.hash });
    expect(sut.hint).toBe(`ks_live_…${sut.key.slice(-4)}`);
  });

  it('generates a different secret every time', () => {
    expect(generateApiKey(TENANT, KEY).key).not.toBe(generateApiKey(TENANT, KEY).key);
  });

  it.each([
    ['a changed character', (k: string) => `${k.slice(0, 20)}${k[20] === 'A' ? 'B' : 'A'}${k.slice(21)}`],
    ['a wrong checksum', (k: string) => `${k.slice(0, -8)}00000000`],
    ['another prefix', (k: string) => k.replace('ks_live_', 'ks_test_')],
    ['a truncated key', (k: string) => k.slice(0, -1)],
    ['a JWT', () => 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig'],
  ])('rejects %s', (_name, mutate) => {
    expect(parseApiKey(mutate(generateApiKey(TENANT, KEY).key))).toBeNull();
  });
});
