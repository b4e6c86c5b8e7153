import type { DatabaseState } from '../database/embedded';

/** What the health endpoints know beyond the pool: the embedded database's supervisor and the shutdown. */
export type HealthProbes = {
  // The embedded PostgreSQL's state (absent with an external DATABASE_URL).
  databaseState?: () => DatabaseState;
  // True once SIGTERM arrived: readiness turns off so that load balancers stop sending traffic.
  draining: () => boolean;
};

export const HEALTH_PROBES = Symbol('HEALTH_PROBES');

export const NO_PROBES: HealthProbes = { draining: () => false };
