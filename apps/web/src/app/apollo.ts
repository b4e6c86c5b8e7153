import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  ServerError,
} from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { GraphQLFormattedError } from 'graphql';
import { from, of, switchMap, tap, throwError } from 'rxjs';
import { refreshAccessToken } from '../shared/auth/refresh-access-token';
import { tokenStore } from '../shared/auth/token-store';

export const GRAPHQL_ENDPOINT = '/graphql';

const isUnauthenticatedError = (error: GraphQLFormattedError): boolean =>
  error.extensions?.['code'] === 'UNAUTHENTICATED';

export const isUnauthenticated = (error: unknown): boolean =>
  (CombinedGraphQLErrors.is(error) && error.errors.some(isUnauthenticatedError)) ||
  (ServerError.is(error) && error.statusCode === 401);

export type CreateApolloClientOptions = {
  // Called once the session cannot be renewed; the token is already cleared.
  onAuthFailure: () => void;
  devtools?: boolean;
};

export const createApolloClient = ({
  onAuthFailure,
  devtools = false,
}: CreateApolloClientOptions): ApolloClient => {
  const failAuth = (): void => {
    tokenStore.clear();
    onAuthFailure();
  };

  const httpLink = new HttpLink({
    uri: GRAPHQL_ENDPOINT,
    credentials: 'include',
    // The api runs Apollo's CSRF prevention, which rejects requests without this header.
    headers: { 'apollo-require-preflight': 'true' },
  });

  // Read at request time, so a retry after a refresh carries the new token.
  const authLink = new SetContextLink((prevContext) => {
    const token = tokenStore.get();
    return token ? { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } } : {};
  });

  // Operations that may legitimately answer UNAUTHENTICATED (login with a wrong password,
  // public consent pages) opt out with `context: { skipAuthRefresh: true }`.
  const errorLink = new ErrorLink(({ error, result, operation, forward }) => {
    if (!isUnauthenticated(error) || operation.getContext().skipAuthRefresh === true) return;

    return from(refreshAccessToken(GRAPHQL_ENDPOINT)).pipe(
      switchMap((token) => {
        if (!token) {
          failAuth();
          return result ? of(result) : throwError(() => error);
        }
        // ErrorLink does not inspect the retried result, so a second rejection is handled here.
        return forward(operation).pipe(
          tap({
            next: (retried) => {
              if (retried.errors?.some(isUnauthenticatedError)) failAuth();
            },
            error: (retryError: unknown) => {
              if (isUnauthenticated(retryError)) failAuth();
            },
          }),
        );
      }),
    );
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // "Load more" appends pages of a connection (same filter), instead of caching each page apart.
        Query: { fields: { auditEvents: relayStylePagination(['filter']) } },
        // One intake form per client: the mutation's answer updates the query's.
        DataSubjectRequestIntake: { keyFields: ['clientId'] },
      },
    }),
    devtools: { enabled: devtools },
  });
};
