export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

export type FieldErrors = Record<string, string>;

// Errors meant for the caller; anything else is masked as an internal error.
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    // `reason`: a stable machine-readable cause for clients to branch on (e.g. SSO_REQUIRED), beside the code.
    readonly details: { fields?: FieldErrors; retryAfterSeconds?: number; reason?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND', 'Not found');
export const forbidden = (message = 'Forbidden'): AppError => new AppError('FORBIDDEN', message);
export const unauthenticated = (message = 'Authentication required'): AppError =>
  new AppError('UNAUTHENTICATED', message);
export const conflict = (message: string): AppError => new AppError('CONFLICT', message);
export const badInput = (fields: FieldErrors, message = 'Invalid input'): AppError =>
  new AppError('BAD_USER_INPUT', message, { fields });
export const rateLimited = (retryAfterSeconds: number): AppError =>
  new AppError('RATE_LIMITED', 'Too many requests', { retryAfterSeconds });

/** Seconds a client is told to wait (`Retry-After`) while the database is unreachable or overloaded. */
export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 5;

export const serviceUnavailable = (): AppError =>
  new AppError('SERVICE_UNAVAILABLE', 'The service is temporarily unavailable; try again shortly', {
    retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_SECONDS,
  });
