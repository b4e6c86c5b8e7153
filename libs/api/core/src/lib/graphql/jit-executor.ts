import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js: each parsed and validated document is compiled once
 * into a JavaScript function for its selection set, so a large result (5,000 clients × 14 fields) no longer walks
 * graphql-js' generic field loop with a resolve-info object per field.
 *
 * Apollo Server 5 takes a custom executor only through its `gateway` option (https://www.apollographql.com/docs/apollo-server/migration#executor):
 * this "gateway" serves our own schema, built by Nest and handed over through `transformSchema`. Parsing, validation
 * (graphql-armor's limits), plugins, error formatting and masking stay Apollo's; only execution changes.
 *
 * Compiled queries are kept per document object. Apollo keeps parsed documents in its bounded document store and
 * hands out the same object for the same query text, so the cache follows that store and never outgrows it.
 */
export class JitExecutor implements GatewayInterface {
  private schema: GraphQLSchema | null = null;
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  /** Nest's `transformSchema` hook: remember the finished schema and pass it on unchanged. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async load(): Promise<{ executor: GatewayExecutor }> {
    const schema = this.schema;
    if (!schema)
      throw new Error('JitExecutor: the schema was not handed over (transformSchema must call useSchema)');
    const sdl = printSchema(schema);
    for (const listener of this.listeners) listener({ apiSchema: schema, coreSupergraphSdl: sdl });
    return {
      executor: async ({ document, operation, operationName, request, context }) => {
        const compiled = this.compile(schema, document, operationName ?? null);
        if (!isCompiledQuery(compiled)) return compiled;
        const variables = request.variables ?? {};
        // Bad variable values are answered exactly as graphql-js answers them (errors naming the variable definition,
        // which Apollo turns into BAD_USER_INPUT with HTTP 400); graphql-jit then coerces the accepted values itself.
        if (operation.variableDefinitions?.length) {
          const { errors } = getVariableValues(schema, operation.variableDefinitions, variables, {
            maxErrors: 50,
          });
          // graphql-js ends a list of 50 with "Too many errors processing variables", which has no code of its own.
          if (errors)
            return {
              errors: errors.map((error) =>
                error.extensions['code']
                  ? error
                  : new GraphQLError(error.message, {
                      nodes: error.nodes,
                      extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
                    }),
              ),
            };
        }
        const result = await compiled.query(undefined, context, variables);
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
      },
    };
  }

  async stop(): Promise<void> {
    this.listeners.clear();
  }

  private compile(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null,
  ): CompiledQuery | ExecutionResult {
    let byOperation = this.compiled.get(document);
    if (!byOperation) this.compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let compiled = byOperation.get(key);
    if (!compiled) {
      // Errors are kept as GraphQL errors (resolver errors are not turned into strings): formatGraphQLError masks them.
      compiled = compileQuery(schema, document, operationName ?? undefined, {
        disablingCapturingStackErrors: true,
      });
      byOperation.set(key, compiled);
    }
    return compiled;
  }
}

/**
 * graphql-jit's errors are GraphQLError look-alikes with read-only properties; Apollo's plugins (graphql-armor's
 * suggestion blocker rewrites `message`) expect graphql-js' own. Same message, path, locations, extensions and
 * original error, so formatGraphQLError still finds our AppError behind it.
 */
const asGraphQLError = (error: GraphQLError): GraphQLError => {
  const out = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (error.locations) (out as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return out;
};
