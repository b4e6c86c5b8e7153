import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

const DOUBLE_CAST = {
  selector:
    'TSAsExpression[expression.type="TSAsExpression"][expression.typeAnnotation.type="TSUnknownKeyword"]',
  message: '`as unknown as` only in libs/api/core/src/lib/database/pg-adapter.ts: type the value instead.',
};
const SQL = /^\s*(WITH|SELECT|INSERT|UPDATE|DELETE|COPY)\s/i;
const DATA_ACCESS = [
  {
    selector:
      'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(query|repo|prepared|connection|manager)$/]',
    message: 'Services do not touch the connection: move this into the repository.',
  },
  { selector: `TemplateLiteral[quasis.0.value.raw=${SQL}]`, message: 'SQL belongs in the repository.' },
  { selector: `Literal[value=${SQL}]`, message: 'SQL belongs in the repository.' },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/.data',
      '**/.nx',
      'apps/web/src/gql/**',
      'coverage',
      '**/vite.config.*.timestamp*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:domain'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:testing', 'type:feature', 'type:core', 'type:domain'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:domain', 'type:testing'],
            },
          ],
        },
      ],
    },
  },
  // Type-aware rules: every TypeScript file is checked with the types of the project it belongs to.
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['apps/web/vite.config.ts', 'apps/web/codegen.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      'no-restricted-syntax': ['error', DOUBLE_CAST],
    },
  },
  // `as unknown as` is confined to the one driver adapter (docs/architecture.md, the request path).
  { files: ['libs/api/core/src/lib/database/pg-adapter.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // Services hold rules, access checks and orchestration; SQL and TypeORM calls live in their repositories.
  {
    files: ['libs/api/*/src/**/*.service.ts'],
    ignores: ['libs/api/core/**'],
    rules: {
      'no-restricted-syntax': ['error', DOUBLE_CAST, ...DATA_ACCESS],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'typeorm', message: 'TypeORM belongs in the repository (<thing>.repository.ts).' }],
          patterns: [{ group: ['pg', 'pg-*'], message: 'The driver belongs in the repository.' }],
        },
      ],
    },
  },
  // Frozen migrations: each carries its own SQL and imports nothing from the application (only typeorm's types).
  {
    files: ['apps/api/src/database/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '@klarsicht/*', '@nestjs/*'],
              message: 'A migration imports nothing from the application: write its SQL into it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'test', property: 'only' },
      ],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  prettier,
);
