export type AppSecrets = {
  jwtSecret: string;
  encryptionKey: Buffer;
  blindIndexKey: Buffer;
};

export const APP_SECRETS = Symbol('APP_SECRETS');
