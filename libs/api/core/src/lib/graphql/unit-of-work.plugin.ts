import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
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
        if (body?.errors) {
          const limited = body.errors.find((e) => e.extensions?.['code'] === 'RATE_LIMITED');
          if (limited)
            response.http.headers.set('retry-after', String(limited.extensions?.['retryAfter'] ?? 60));
        }
        if (!ctx) return;
        try {
          await ctx.finish(!failed);
        } catch (error) {
          this.logger.error({ err: error }, 'Commit failed');
          if (body) {
            body.data = null;
            body.errors = [
              { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
            ];
          }
        }
      },
    };
  }
}
