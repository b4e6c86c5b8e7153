import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Suspense } from 'react';
import { RouterProvider } from 'react-router';
import { RouteFallback } from '../shared/ui/RouteFallback';
import { createApolloClient } from './apollo';
import { getStyleNonce } from './csp-nonce';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

const apolloClient = createApolloClient({
  devtools: import.meta.env.DEV,
  onAuthFailure: () => {
    // Drop cached data of the expired session; deferred so it does not run inside the link chain.
    setTimeout(() => void apolloClient.clearStore(), 0);
    if (router.state.location.pathname !== '/login') {
      void router.navigate('/login', { replace: true, state: { reason: 'session-expired' } });
    }
  },
});

export const App = () => (
  <MantineProvider
    theme={theme}
    cssVariablesResolver={cssVariablesResolver}
    defaultColorScheme="light"
    getStyleNonce={getStyleNonce}
  >
    <ApolloProvider client={apolloClient}>
      {/* The login page is lazy and sits outside the shell, so it needs its own boundary. */}
      <Suspense fallback={<RouteFallback />}>
        <RouterProvider router={router} />
      </Suspense>
    </ApolloProvider>
  </MantineProvider>
);
