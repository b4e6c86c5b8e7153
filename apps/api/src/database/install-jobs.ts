import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { JOB_QUEUES, JOBS_SCHEMA } from './job-queues';

const RUNTIME_GROUP = 'klarsicht_runtime';

/**
 * Installs (or upgrades) pg-boss's schema and creates every queue as the owner role, then lets the runtime role
 * use them: it reads and writes jobs but runs no DDL (pg-boss would create a partition per queue).
 */
export const installJobs = async (ownerUrl: string): Promise<void> => {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOBS_SCHEMA,
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    for (const queue of JOB_QUEUES) {
      if (!(await boss.getQueue(queue))) await boss.createQueue(queue);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`GRANT USAGE ON SCHEMA ${JOBS_SCHEMA} TO ${RUNTIME_GROUP}`);
    await client.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOBS_SCHEMA} TO ${RUNTIME_GROUP}`,
    );
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOBS_SCHEMA} TO ${RUNTIME_GROUP}`);
  } finally {
    await client.end();
  }
};
