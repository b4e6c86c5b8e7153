import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { MAX_QUERY_COST, queryCost, queryCostError } from './query-cost';

/**
 * Refuses an operation whose cost (query-cost.ts) exceeds MAX_QUERY_COST once its variables are known, before
 * anything is resolved: a `first` passed as a variable counts like a literal one.
 */
@Plugin()
export class QueryCostPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      didResolveOperation: async ({ schema, document, request, operationName }) => {
        const cost = queryCost(schema, document, request.variables, operationName ?? undefined);
        if (cost !== null && cost > MAX_QUERY_COST) throw queryCostError(cost);
      },
    };
  }
}
