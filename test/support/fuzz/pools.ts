// What the generator draws ids from, and which kind of id an argument takes.

export type IdKind =
  | 'client'
  | 'task'
  | 'document'
  | 'consentText'
  | 'bsp'
  | 'whatsApp'
  | 'apiKey'
  | 'user'
  | 'tenant'
  | 'other';

export type IdPools = Record<IdKind, string[]>;

/** What the generator may put into arguments: the caller's firm's ids, forged ids of the other firm, and so on. */
export type FuzzPools = {
  own: IdPools;
  /** Ids of the other firm that may be sent as forged arguments (the rest of its ids are never sent). */
  foreign: IdPools;
  cursors: string[];
  phones: string[];
  emails: string[];
  /** Real one-time tokens of the caller's firm (consent confirmation and withdrawal links). */
  tokens: string[];
};

const ID_KIND_BY_NAME: Record<string, IdKind> = {
  clientId: 'client',
  taskId: 'task',
  consentTextVersionId: 'consentText',
  bspId: 'bsp',
  assigneeId: 'user',
  assignedDpoId: 'user',
  actorId: 'user',
  tenantId: 'tenant',
};

/** What an ID argument or input field names, from its name and (for `id`) its field. */
export const idKindOf = (field: string, name: string): IdKind => {
  const byName = ID_KIND_BY_NAME[name];
  if (byName) return byName;
  if (name !== 'id') return 'other';
  const kinds: [RegExp, IdKind][] = [
    [/apikey/i, 'apiKey'],
    [/whatsapp/i, 'whatsApp'],
    [/bsp/i, 'bsp'],
    [/client/i, 'client'],
    [/task/i, 'task'],
    [/document/i, 'document'],
  ];
  return kinds.find(([pattern]) => pattern.test(field))?.[1] ?? 'other';
};
