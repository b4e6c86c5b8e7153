import { decrypt, encrypt, secureRandomBytes } from './crypto.util';

describe('secureRandomBytes', () => {
  it('never hands out the same bytes twice, across pool refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(secureRandomBytes(12).toString('hex'));
    expect(seen.size).toBe(20_000);
  });

  it('returns copies of the requested length (changing one does not touch the pool)', () => {
    const a = secureRandomBytes(32);
    a.fill(0);
    expect(secureRandomBytes(32).equals(Buffer.alloc(32))).toBe(false);
    expect(secureRandomBytes(2048)).toHaveLength(2048);
  });

  it('keeps AES-GCM round trips working with pooled IVs', () => {
    const key = secureRandomBytes(32);
    const sealed = [encrypt(key, '+4915123456789'), encrypt(key, '+4915123456789')];
    expect(sealed[0].equals(sealed[1])).toBe(false);
    expect(sealed.map((s) => decrypt(key, s))).toEqual(['+4915123456789', '+4915123456789']);
  });
});
