import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/** The most an operation may cost (docs/api.md, "Limits"): all 5,000 clients with their status is ~15,000. */
export const MAX_QUERY_COST = 50_000;
// A list without `first` (findings, consent texts …) is counted as this many items.
export const UNPAGED_LIST_ITEMS = 10;

const clampPage = (first: unknown): number =>
  typeof first === 'number' && Number.isFinite(first)
    ? Math.min(Math.max(Math.trunc(first), 0), MAX_PAGE_SIZE)
    : DEFAULT_PAGE_SIZE;

/**
 * Scalars and enums are free (they are columns of a row already read); an object costs 1 plus its selection; a
 * connection costs 1 plus `first` (its value after variables are applied, default 50) times one item's selection;
 * an unpaged list counts as UNPAGED_LIST_ITEMS items. `edges` and `pageInfo` add nothing of their own.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  if (field.name.startsWith('__') || isLeafType(named)) return 0;
  if (named.name === 'PageInfo') return 0;
  if (type.name.endsWith('Connection') && field.name === 'edges') return childComplexity;
  if (field.args.some((arg) => arg.name === 'first')) return 1 + clampPage(args['first']) * childComplexity;
  if (isListType(getNullableType(field.type))) return UNPAGED_LIST_ITEMS * (1 + childComplexity);
  return 1 + childComplexity;
};

/**
 * The cost of an operation with its variables. Null when it cannot be computed because the variables do not fit
 * the operation: execution refuses those itself (BAD_USER_INPUT) before anything is resolved.
 */
export const queryCost = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null => {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError && /number of nodes/.test(error.message))
      return Number.POSITIVE_INFINITY;
    return null;
  }
};

export const queryCostError = (cost: number): GraphQLError =>
  new GraphQLError(
    `Query cost ${Number.isFinite(cost) ? cost : 'unbounded'} exceeds the limit of ${MAX_QUERY_COST}: select fewer fields or take smaller pages`,
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
  );
