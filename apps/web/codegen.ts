import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where `npm run codegen` and the Nx target run.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Nest's DateTime travels as an ISO 8601 string; format it with Intl at the edge.
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
