import type { GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { AppError, serviceUnavailable } from '../errors';
import { isDatabaseUnavailable } from '../database/unavailable';

const logger = new Logger('GraphQLError');

// Codes Apollo itself produces for malformed requests; safe to show as they are.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const originalOf = (error: unknown): unknown => {
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object' && 'originalError' in current; i++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
};

/** No stack, SQL or table name ever reaches a client: only our own errors and Apollo's request errors keep their text. */
export const formatGraphQLError = (
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError => {
  const found = originalOf(error);
  // The database being unreachable is not a bug: the client is told to retry (HTTP 503, see UnitOfWorkPlugin).
  const original =
    !(found instanceof AppError) && isDatabaseUnavailable(found) ? serviceUnavailable() : found;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.details.fields ? { fields: original.details.fields } : {}),
        ...(original.details.retryAfterSeconds ? { retryAfter: original.details.retryAfterSeconds } : {}),
        ...(original.details.reason ? { reason: original.details.reason } : {}),
      },
    };
  }
  const code = formatted.extensions?.['code'];
  const isOwnGraphQLError =
    original === error || !(original instanceof Error) || original.constructor.name === 'GraphQLError';
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && isOwnGraphQLError) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  logger.error({ err: original, path: formatted.path }, 'Unhandled error in GraphQL operation');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
};
