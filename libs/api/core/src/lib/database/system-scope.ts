import type { DataSource, EntityManager } from 'typeorm';

/**
 * Work in a transaction of its own in the system scope (`app.system = on`), which only the policies written for it
 * let through: a public request finding its firm by the id it names (a webhook's channel, an intake form's token),
 * the jobs listing the firms, the outbox worker reading every firm's due mail.
 */
export const inSystemScope = <T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> =>
  dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.system', 'on', true)`);
    return work(manager);
  });
