import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

// Random bytes come from the CSPRNG in 64 KiB refills (like Node's own randomUUID cache): one syscall per ~2,000
// IVs instead of one per IV, which matters when a bulk import seals millions of values. Bytes are never reused.
const POOL_SIZE = 64 * 1024;
let pool = Buffer.alloc(0);
let poolOffset = 0;

/** `n` (≤ 1024) bytes from the CSPRNG, as a copy the caller owns. */
export const secureRandomBytes = (n: number): Buffer => {
  if (n > 1024) return randomBytes(n);
  if (poolOffset + n > pool.length) {
    pool = randomBytes(POOL_SIZE);
    poolOffset = 0;
  }
  const out = Buffer.from(pool.subarray(poolOffset, poolOffset + n));
  pool.fill(0, poolOffset, poolOffset + n);
  poolOffset += n;
  return out;
};

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Constant-time comparison of two hex/base64 strings. */
export const safeEqual = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** AES-256-GCM: version byte, 12-byte IV, 16-byte tag, ciphertext. The key never lives in the database. */
export const encrypt = (key: Buffer, plaintext: string): Buffer => {
  const iv = secureRandomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), body]);
};

export const decrypt = (key: Buffer, sealed: Buffer): string => {
  if (sealed[0] !== 1) throw new Error('Unknown ciphertext version');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
  decipher.setAuthTag(sealed.subarray(13, 29));
  return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
};

/** Keyed HMAC-SHA-256 for equality lookups of personal data (a blind index), hex. */
export const blindIndex = (key: Buffer, value: string): string =>
  createHmac('sha256', key).update(value).digest('hex');

/** A client IP as rate limits and throttles count it: blind-indexed, never in clear; no IP counts as one. */
export const ipKey = (key: Buffer, ip: string | null | undefined): string =>
  blindIndex(key, `ip:${ip ?? 'unknown'}`);

/**
 * A public, single-use token that names its tenant: 16 bytes tenant id + 32 random bytes, base64url.
 * Public pages (consent confirmation, invitations) can set the tenant scope before looking up the hash.
 */
export const createTenantToken = (tenantId: string): { token: string; hash: string } => {
  const token = Buffer.concat([Buffer.from(tenantId.replace(/-/g, ''), 'hex'), randomBytes(32)]).toString(
    'base64url',
  );
  return { token, hash: sha256Hex(token) };
};

export const parseTenantToken = (token: string): { tenantId: string; hash: string } | null => {
  if (!/^[A-Za-z0-9_-]{64}$/.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== 48) return null;
  const hex = bytes.subarray(0, 16).toString('hex');
  const tenantId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { tenantId, hash: sha256Hex(token) };
};

/** Masks an IPv4/IPv6 address for the audit trail (last octet / last 80 bits dropped). */
export const anonymizeIp = (ip: string | null): string | null => {
  if (!ip) return null;
  const v4 = ip.replace(/^::ffff:/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) return v4.replace(/\.\d+$/, '.0');
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}::`;
  return null;
};
