import { APP_ROLE } from '../../apps/api/src/database/provision';

export const TEST_APP_PASSWORD = 'klarsicht-test-runtime';

export const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

export const appUrlFor = (ownerUrl: string): string => {
  const parsed = new URL(ownerUrl);
  parsed.username = APP_ROLE;
  parsed.password = TEST_APP_PASSWORD;
  return parsed.toString();
};
