export const ROLES = ['OWNER', 'DPO', 'ASSISTANT', 'AUDITOR', 'CLIENT_ADMIN', 'CLIENT_VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const CLIENT_ROLES: readonly Role[] = ['CLIENT_ADMIN', 'CLIENT_VIEWER'];
export const FIRM_ROLES: readonly Role[] = ['OWNER', 'DPO', 'ASSISTANT', 'AUDITOR'];

export const isClientRole = (role: Role): boolean => CLIENT_ROLES.includes(role);

// `requests`: data subject requests (Art. 15–22 DSGVO) and personal data breaches (Art. 33/34 DSGVO).
export const AREAS = [
  'clients',
  'consents',
  'documents',
  'tasks',
  'requests',
  'audit',
  'settings',
  'members',
] as const;
export type Area = (typeof AREAS)[number];

// read < write < delete; `delete` also covers archiving.
export const ACCESS_LEVELS = ['read', 'write', 'delete'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const API_SCOPES = [
  'clients:read',
  'clients:write',
  'consents:read',
  'consents:write',
  'documents:read',
  'documents:write',
  'tasks:read',
  'tasks:write',
  'requests:read',
  'requests:write',
  'audit:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

type Grants = Partial<Record<Area, AccessLevel>>;

const FULL: Grants = {
  clients: 'delete',
  consents: 'delete',
  documents: 'delete',
  tasks: 'delete',
  requests: 'delete',
  audit: 'read',
  settings: 'delete',
  members: 'delete',
};

// The single source of what each role may do; the api's access module and the web's menus read it.
export const ROLE_GRANTS: Record<Role, Grants> = {
  OWNER: FULL,
  DPO: FULL,
  ASSISTANT: {
    clients: 'write',
    consents: 'write',
    documents: 'write',
    tasks: 'write',
    requests: 'write',
    audit: 'read',
  },
  AUDITOR: {
    clients: 'read',
    consents: 'read',
    documents: 'read',
    tasks: 'read',
    requests: 'read',
    audit: 'read',
    settings: 'read',
    members: 'read',
  },
  CLIENT_ADMIN: {
    clients: 'write',
    consents: 'write',
    documents: 'write',
    tasks: 'write',
    requests: 'write',
    audit: 'read',
  },
  CLIENT_VIEWER: {
    clients: 'read',
    consents: 'read',
    documents: 'read',
    tasks: 'read',
    requests: 'read',
    audit: 'read',
  },
};

const rank = (level: AccessLevel): number => ACCESS_LEVELS.indexOf(level);

export const roleAllows = (role: Role, area: Area, level: AccessLevel): boolean => {
  const granted = ROLE_GRANTS[role][area];
  return granted !== undefined && rank(granted) >= rank(level);
};

export const scopesAllow = (scopes: readonly string[], area: Area, level: AccessLevel): boolean => {
  if (level === 'read') return scopes.includes(`${area}:read`) || scopes.includes(`${area}:write`);
  if (level === 'write') return scopes.includes(`${area}:write`);
  return false;
};
