// The machine a benchmark ran on, recorded with its result: cores, CPU, memory, Node, PostgreSQL, load before the run.
import { cpus, loadavg, totalmem } from 'node:os';

/** `admin`: a connected pg Client of the server under test. */
export const machineFacts = async (admin) => ({
  nproc: cpus().length,
  cpu: cpus()[0]?.model,
  memMiB: Math.round(totalmem() / 1048576),
  node: process.version,
  postgres: (await admin.query('SELECT version()')).rows[0].version,
  loadBefore: loadavg().map((x) => +x.toFixed(2)),
});
