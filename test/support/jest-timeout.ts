// Integration and browser tests talk to real servers; a project's `testTimeout` option is ignored by jest.
jest.setTimeout(120_000);
