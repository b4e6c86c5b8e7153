import globalTeardown from './global-teardown';

export default async function browserGlobalTeardown(): Promise<void> {
  await globalTeardown();
}
