import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig, AppSecrets } from '@klarsicht/api-core';

type StoredSecrets = {
  jwtSecret: string;
  encryptionKey: string;
  blindIndexKey: string;
  postgresPassword: string;
  ownerPassword: string;
  appPassword: string;
};

export type ResolvedSecrets = AppSecrets & {
  postgresPassword: string;
  ownerPassword: string;
  appPassword: string;
};

const generate = (): StoredSecrets => ({
  jwtSecret: randomBytes(48).toString('base64url'),
  encryptionKey: randomBytes(32).toString('base64'),
  blindIndexKey: randomBytes(32).toString('base64'),
  postgresPassword: randomBytes(24).toString('base64url'),
  ownerPassword: randomBytes(24).toString('base64url'),
  appPassword: randomBytes(24).toString('base64url'),
});

/**
 * Keys come from the environment; whatever is not set is generated once into DATA_DIR/secrets.json (mode 0600),
 * so the embedded default needs no setup and keys never live in the database.
 */
export const resolveSecrets = (config: AppConfig): ResolvedSecrets => {
  mkdirSync(config.DATA_DIR, { recursive: true });
  const file = join(config.DATA_DIR, 'secrets.json');
  let stored: StoredSecrets;
  if (existsSync(file)) {
    stored = { ...generate(), ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredSecrets>) };
  } else {
    stored = generate();
  }
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return {
    jwtSecret: config.JWT_SECRET ?? stored.jwtSecret,
    encryptionKey: Buffer.from(config.ENCRYPTION_KEY ?? stored.encryptionKey, 'base64'),
    blindIndexKey: Buffer.from(config.BLIND_INDEX_KEY ?? stored.blindIndexKey, 'base64'),
    postgresPassword: stored.postgresPassword,
    ownerPassword: stored.ownerPassword,
    appPassword: config.DATABASE_APP_PASSWORD ?? stored.appPassword,
  };
};
