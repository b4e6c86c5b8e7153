import type { Client } from 'pg';

type Owner = <T>(work: (db: Client) => Promise<T>) => Promise<T>;

/**
 * Queues `count` jobs of a queue straight into pg-boss and waits until every one completed; returns their states
 * and retries, so a test can show each ran once (no retry, no second start) whatever the number of processes polling.
 */
export const runJobsThroughQueue = async (
  owner: Owner,
  queue: string,
  count: number,
): Promise<{ state: string; retry_count: number }[]> => {
  const ids = await owner(async (db) => {
    const rows: string[] = [];
    for (let i = 0; i < count; i++)
      rows.push(
        (
          await db.query<{ id: string }>(
            `INSERT INTO pgboss.job (name, data) VALUES ($1, '{}'::jsonb) RETURNING id`,
            [queue],
          )
        ).rows[0]?.id ?? '',
      );
    return rows;
  });
  let done: { state: string; retry_count: number }[] = [];
  for (let i = 0; i < 80; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    done = await owner(
      async (db) =>
        (
          await db.query<{ state: string; retry_count: number }>(
            'SELECT state, retry_count FROM pgboss.job WHERE id = ANY($1)',
            [ids],
          )
        ).rows,
    );
    if (done.length === ids.length && done.every((job) => job.state === 'completed')) break;
  }
  return done;
};

/** How many pg-boss schedules each queue has (each should have one, however many processes registered it). */
export const schedulesPerQueue = (owner: Owner): Promise<{ name: string; n: number }[]> =>
  owner(
    async (db) =>
      (
        await db.query<{ name: string; n: number }>(
          'SELECT name, count(*)::int AS n FROM pgboss.schedule GROUP BY name',
        )
      ).rows,
  );
