import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { sha256Hex } from '@klarsicht/api-core';

export const API_KEY_PREFIX = 'ks_live_';

// ks_live_<base64url(tenant id 16 B + key id 16 B + 32 random bytes)>_<crc32 of everything before, 8 hex>
const KEY_PATTERN = /^ks_live_([A-Za-z0-9_-]{86})_([0-9a-f]{8})$/;

export type ParsedApiKey = { tenantId: string; keyId: string; hash: string };

const uuidToBytes = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const bytesToUuid = (bytes: Buffer): string => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const checksum = (body: string): string => crc32(body).toString(16).padStart(8, '0');

/**
 * A new key for `keyId` in `tenantId`. The tenant is readable from the key so authentication can set the
 * row-level-security scope before looking the key up; the checksum lets secret scanners and the server
 * reject typos and random strings without a database round trip.
 */
export const generateApiKey = (
  tenantId: string,
  keyId: string,
): { key: string; hash: string; hint: string } => {
  const body = `${API_KEY_PREFIX}${Buffer.concat([uuidToBytes(tenantId), uuidToBytes(keyId), randomBytes(32)]).toString('base64url')}`;
  const sum = checksum(body);
  const key = `${body}_${sum}`;
  return { key, hash: sha256Hex(key), hint: `${API_KEY_PREFIX}…${sum.slice(-4)}` };
};

/** Null unless `key` is well-formed with a valid checksum; says nothing about whether the key exists. */
export const parseApiKey = (key: string): ParsedApiKey | null => {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const body = key.slice(0, key.length - 9);
  if (checksum(body) !== match[2]) return null;
  const bytes = Buffer.from(match[1], 'base64url');
  if (bytes.length !== 64) return null;
  return {
    tenantId: bytesToUuid(bytes.subarray(0, 16)),
    keyId: bytesToUuid(bytes.subarray(16, 32)),
    hash: sha256Hex(key),
  };
};

export const looksLikeApiKey = (token: string): boolean => token.startsWith(API_KEY_PREFIX);
