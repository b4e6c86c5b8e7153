import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { isDatabaseUnavailable } from '../database/unavailable';
import { serviceUnavailable } from '../errors';
import { formatGraphQLError } from './format-error';
import {
  READ_ONLY_OPERATION_KEY,
  REQUEST_CONTEXT_KEY,
  type RequestWithContext,
} from '../context/ctx.decorator';

type GqlContext = { req: RequestWithContext };

/**
 * Ends each GraphQL operation's transaction once the whole result (including nested field resolvers) is
 * known: commit when the operation has no error, otherwise roll back, so a failed mutation leaves no trace.
 * Before execution it tells the request context whether the operation only reads (a query), see
 * RequestContext.prepared.
 */
@Plugin()
export class UnitOfWorkPlugin implements ApolloServerPlugin<GqlContext> {
  private readonly logger = new Logger(UnitOfWorkPlugin.name);

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    return {
      didResolveOperation: async ({ contextValue, operation }) => {
        if (contextValue.req && operation?.operation === 'query')
          contextValue.req[READ_ONLY_OPERATION_KEY] = true;
      },
      willSendResponse: async ({ contextValue, response, errors }) => {
        const ctx = contextValue.req?.[REQUEST_CONTEXT_KEY];
        const body = response.body.kind === 'single' ? response.body.singleResult : null;
        const failed = Boolean(errors?.length) || Boolean(body?.errors?.length);
        if (ctx) {
          try {
            await ctx.finish(!failed);
          } catch (error) {
            const unavailable = isDatabaseUnavailable(error);
            this.logger.error(
              { err: error },
              unavailable ? 'Commit failed: database unavailable' : 'Commit failed',
            );
            if (body) {
              body.data = null;
              body.errors = [
                unavailable
                  ? formatGraphQLError({ message: '' }, serviceUnavailable())
                  : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ];
            }
          }
        }
        // Clients and providers retry on 503 + Retry-After; 429 carries Retry-After too (status stays 200 for it).
        const retry = body?.errors?.find((e) =>
          ['RATE_LIMITED', 'SERVICE_UNAVAILABLE'].includes(String(e.extensions?.['code'])),
        );
        if (retry) {
          response.http.headers.set('retry-after', String(retry.extensions?.['retryAfter'] ?? 60));
          if (retry.extensions?.['code'] === 'SERVICE_UNAVAILABLE') response.http.status = 503;
        }
      },
    };
  }
}
