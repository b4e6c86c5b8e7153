import { CombinedGraphQLErrors } from '@apollo/client';

export type ApiErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'UNKNOWN';

const KNOWN_CODES: readonly ApiErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
];

export type ApiError = {
  code: ApiErrorCode;
  message: string;
  // Per-field messages from `extensions.fields`, keyed by input field name.
  fields: Record<string, string>;
  // `extensions.reason`: a stable cause beside the code (e.g. SSO_REQUIRED).
  reason?: string;
};

const isApiError = (value: unknown): value is ApiError =>
  typeof value === 'object' && value !== null && 'code' in value && 'fields' in value && 'message' in value;

export const toApiError = (error: unknown): ApiError => {
  if (isApiError(error)) return error;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    const rawFields = first?.extensions?.['fields'];
    const fields: Record<string, string> = {};
    if (rawFields && typeof rawFields === 'object') {
      for (const [key, value] of Object.entries(rawFields)) {
        if (typeof value === 'string') fields[key] = value;
      }
    }
    const reason = first?.extensions?.['reason'];
    return {
      code: KNOWN_CODES.find((known) => known === code) ?? 'UNKNOWN',
      message: first?.message ?? error.message,
      fields,
      ...(typeof reason === 'string' ? { reason } : {}),
    };
  }
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error), fields: {} };
};
