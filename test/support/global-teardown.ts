export default async function globalTeardown(): Promise<void> {
  await globalThis.__KLARSICHT_DB_STOP__?.();
}
