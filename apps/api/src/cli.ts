import 'reflect-metadata';
import { writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { verifyAllChains, type FirmChainResult } from '@klarsicht/api-audit';
import { ConfigError, loadConfig, type AppConfig } from '@klarsicht/api-core';
import { createApp } from './app/create-app';
import { resolveSecrets } from './config/secrets';
import { createDataSource, pendingSchemaChanges } from './database/data-source';
import { migrateDatabase, runMigrations } from './database/migrate';
import { provisionDatabase } from './database/provision';
import { isDatabaseEmpty, seedDemo } from './seed/demo-seed';

const SCHEMA_FILE = resolve('apps/api/schema.gql');
const MIGRATIONS_DIR = resolve('apps/api/src/database/migrations');

/** Writes apps/api/schema.gql from the code-first resolvers; needs no database connection. */
const generateSchema = async (config: AppConfig): Promise<void> => {
  const secrets = {
    jwtSecret: 'x'.repeat(32),
    encryptionKey: Buffer.alloc(32),
    blindIndexKey: Buffer.alloc(32),
  };
  const dataSource = createDataSource({ url: 'postgres://unused@127.0.0.1:1/unused' });
  const app = await createApp({
    config: { ...config, JOBS_ENABLED: false },
    secrets,
    dataSource,
    schemaFile: SCHEMA_FILE,
    logger: false,
  });
  await app.init();
  await app.close();
  process.stdout.write(`schema written to ${SCHEMA_FILE}\n`);
};

const withOwner = async <T>(config: AppConfig, work: (ownerUrl: string) => Promise<T>): Promise<T> => {
  const plan = await provisionDatabase(config, resolveSecrets(config));
  try {
    return await work(plan.ownerUrl);
  } finally {
    await plan.stop();
  }
};

/** Diffs the entities against a fully migrated database and writes the difference as a new migration. */
const generateMigration = async (config: AppConfig, name: string | undefined): Promise<void> => {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new ConfigError('Usage: migration:generate <VerbNoun> (PascalCase)');
  await withOwner(config, async (ownerUrl) => {
    await runMigrations(ownerUrl);
    const dataSource = createDataSource({ url: ownerUrl, poolSize: 1 });
    await dataSource.initialize();
    try {
      const sql = await pendingSchemaChanges(dataSource);
      if (sql.upQueries.length === 0) {
        process.stdout.write('No changes: the entities match the migrations.\n');
        return;
      }
      const timestamp = Date.now();
      const className = `${name}${timestamp}`;
      const q = (query: string, params?: unknown[]) =>
        `    await queryRunner.query(\`${query.replace(/`/g, '\\`')}\`${params?.length ? `, ${JSON.stringify(params)}` : ''});`;
      const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => q(u.query, u.parameters)).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((d) => q(d.query, d.parameters))
  .join('\n')}
  }
}
`;
      const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
      writeFileSync(file, body);
      const indexFile = join(MIGRATIONS_DIR, 'index.ts');
      const current = readFileSync(indexFile, 'utf8');
      const names = [...(/MIGRATIONS = \[([^\]]*)\]/.exec(current)?.[1] ?? '').matchAll(/\w+/g)].map(
        (m) => m[0],
      );
      const imports = [...current.matchAll(/^import .*$/gm)].map((m) => m[0]);
      const index = [
        ...imports,
        `import { ${className} } from './${timestamp}-${name}';`,
        '',
        '// Applied in this order; new migrations are appended by `npm run migration:generate`.',
        `export const MIGRATIONS = [\n${[...names, className].map((n) => `  ${n},`).join('\n')}\n];`,
        '',
      ].join('\n');
      writeFileSync(indexFile, index);
      process.stdout.write(`Wrote ${file}\n`);
    } finally {
      await dataSource.destroy();
    }
  });
};

/** Seeds the demo firm into an empty database, through the real services (audited like any change). */
const seedDemoCommand = async (config: AppConfig): Promise<void> => {
  const secrets = resolveSecrets(config);
  const plan = await provisionDatabase(config, secrets);
  try {
    await migrateDatabase(plan.ownerUrl);
    const dataSource = createDataSource({ url: plan.appUrl, poolSize: 2 });
    await dataSource.initialize();
    const app = await createApp({ config, secrets, dataSource, logger: false });
    try {
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      if (!(await isDatabaseEmpty(app))) {
        process.stdout.write(
          'The database already has users; the demo firm is only seeded into an empty database.\n',
        );
        return;
      }
      const login = await seedDemo(app);
      process.stdout.write(`Demo firm seeded. Sign in with ${login.email} / ${login.password}\n`);
    } finally {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  } finally {
    await plan.stop();
  }
};

/** Verifies the audit chain of every firm (or of the given firm ids); exits with 1 naming each broken chain. */
const verifyAuditCommand = async (config: AppConfig, tenantIds: string[]): Promise<void> => {
  const plan = await provisionDatabase(config, resolveSecrets(config));
  const db = new Client({ connectionString: plan.appUrl });
  await db.connect();
  let results: FirmChainResult[];
  try {
    results = await verifyAllChains(db, tenantIds);
  } finally {
    await db.end();
    await plan.stop();
  }
  for (const r of results) {
    process.stdout.write(
      r.valid
        ? `ok      ${r.tenantId}  ${r.name}: ${r.checkedCount} events verified in ${r.seconds.toFixed(2)} s\n`
        : `BROKEN  ${r.tenantId}  ${r.name}: first bad sequence ${r.firstInvalidSequence} (${r.checkedCount} events verified before it)\n`,
    );
  }
  const broken = results.filter((r) => !r.valid).length;
  if (broken > 0) {
    process.stderr.write(`${broken} audit chain(s) broken.\n`);
    process.exit(1);
  }
};

const commands: Record<string, (config: AppConfig, args: string[]) => Promise<void>> = {
  'verify-audit': (config, args) => verifyAuditCommand(config, args),
  migrate: (config) =>
    withOwner(config, async (ownerUrl) => {
      const applied = await migrateDatabase(ownerUrl);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
    }),
  schema: (config) => generateSchema(config),
  'migration:generate': (config, args) => generateMigration(config, args[0]),
  'seed-demo': (config) => seedDemoCommand(config),
};

const [command, ...args] = process.argv.slice(2);
const run = command ? commands[command] : undefined;
if (!run) {
  process.stderr.write(`Usage: cli <${Object.keys(commands).join('|')}>\n`);
  process.exit(2);
}
run(loadConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' }), args)
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
    process.exit(1);
  });
