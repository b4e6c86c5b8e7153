import type { Client } from './client.entity';
import type { ClientDetailsInput } from './dto/client.inputs';

export const CHANGEABLE = [
  'name',
  'assignedDpoId',
  'industry',
  'federalState',
  'street',
  'postalCode',
  'city',
  'contactName',
  'contactEmail',
] as const;

/** The optional details of an input, trimmed (blank = null); undefined fields are left out. */
export const details = (input: ClientDetailsInput): Partial<Client> => {
  const out: Partial<Client> = {};
  for (const key of CHANGEABLE) {
    if (key === 'name') continue;
    const value = input[key];
    if (value === undefined) continue;
    out[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  return out;
};

/** Audit changes of the changeable fields; contact e-mail addresses only as changed, never their values. */
export const changesOf = (
  before: Partial<Client>,
  after: Partial<Client>,
): Record<string, { before: unknown; after: unknown }> => {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of CHANGEABLE) {
    if (!(key in after)) continue;
    const prev = before[key] ?? null;
    const next = after[key] ?? null;
    // Contact e-mail addresses are personal data: the audit log records that they changed, not their values.
    if (prev !== next)
      changes[key] =
        key === 'contactEmail'
          ? { before: prev && '***', after: next && '***' }
          : { before: prev, after: next };
  }
  return changes;
};
