import type { Config } from 'jest';
import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const tsconfig = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));
const moduleNameMapper: Record<string, string> = {};
for (const [alias, [target]] of Object.entries<string[]>(tsconfig.compilerOptions.paths)) {
  moduleNameMapper[`^${alias}$`] = `<rootDir>/${target}`;
}

// ESM-only packages without a "require" export condition: point jest at their entry (compiled like the rest).
moduleNameMapper['^file-type$'] = '<rootDir>/node_modules/file-type/index.js';

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // ESM-only packages (NestJS 12 and others) are compiled to CommonJS for jest's module runtime.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@fastify/cookie|file-type|strtok3|token-types|peek-readable|@tokenizer|@borewit|uint8array-extras|uuid|@noble|@scure|otplib|@otplib|cookie|content-disposition|change-case|openid-client|oauth4webapi|jose)/)',
  ],
  moduleNameMapper,
  testEnvironment: 'node',
};

const config: Config = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts', '<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/browser-global-setup.ts',
      globalTeardown: '<rootDir>/test/support/browser-global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/browser-setup.ts'],
    },
  ],
};

export default config;
