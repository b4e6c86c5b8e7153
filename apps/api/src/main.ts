import 'reflect-metadata';
import { ConfigError, loadConfig } from '@klarsicht/api-core';
import { startServer } from './server';

startServer(loadConfig())
  .then(({ url, demoLogin }) => {
    process.stdout.write(`\nKlarsicht is running at ${url}\n`);
    if (demoLogin)
      process.stdout.write(`Demo firm seeded. Sign in with ${demoLogin.email} / ${demoLogin.password}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `\n${error instanceof ConfigError ? error.message : ((error as Error | undefined)?.stack ?? String(error))}\n\nKlarsicht did not start.\n`,
    );
    process.exit(1);
  });
