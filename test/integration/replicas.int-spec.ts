import type { Client } from 'pg';
import { createApiKey } from '../support/api-keys';
import { signUpFirm, type Firm } from '../support/factories';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { runJobsThroughQueue, schedulesPerQueue } from '../support/jobs';
import { startTestApp, withOwner, type TestApp } from '../support/test-app';

/**
 * Two api replicas on one database, as behind a load balancer: one budget, one job run, one session. The second
 * runs in a process of its own: apps in one process would share passport's strategies, and with them the limiter.
 */
describe('Two api replicas on one database', () => {
  let a: TestApp;
  let b: ApiProcess;
  let firm: Firm;

  beforeAll(async () => {
    const env = {
      API_RATE_LIMIT_PER_KEY: '4',
      API_RATE_LIMIT_PER_IP: '100000',
      JOBS_ENABLED: 'true',
      JOBS_POLL_SECONDS: '0.5',
    };
    [a, b] = await Promise.all([startTestApp(env), startApiProcess(env)]);
    firm = await signUpFirm(a);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.stop()]);
  });

  const owner = <T>(work: (db: Client) => Promise<T>): Promise<T> => withOwner(a, work);

  it("spends one API key's budget across both replicas", async () => {
    const key = await createApiKey(a, firm.token, { scopes: ['CLIENTS_READ'] });
    const ask = (replica: Pick<TestApp, 'gql'>) =>
      replica.gql('{ clients { totalCount } }', {}, { token: key.secret });
    for (const replica of [a, b, a, b]) expect((await ask(replica)).errors).toBeUndefined();
    for (const replica of [b, a]) {
      const limited = await ask(replica);
      expect(limited.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Another key of the same firm has its own budget, on either replica.
    const other = await createApiKey(b, firm.token, { scopes: ['CLIENTS_READ'] });
    expect((await ask(b)).errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    expect((await b.gql('{ clients { totalCount } }', {}, { token: other.secret })).errors).toBeUndefined();
  });

  it('takes a session started on one replica on the other: access token and refresh cookie', async () => {
    const signedIn = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { email: firm.email, password: firm.password } },
      }),
    });
    const { accessToken } = ((await signedIn.json()) as { data: { login: { accessToken: string } } }).data
      .login;
    const me = await b.gql<{ me: { role: string } }>('{ me { role } }', {}, { token: accessToken });
    expect(me.data?.me.role).toBe('OWNER');
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const rotated = await fetch(`${b.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation { refreshToken { accessToken } }' }),
    });
    const refreshed = (await rotated.json()) as { data?: { refreshToken: { accessToken: string } } };
    expect(refreshed.data?.refreshToken.accessToken).toEqual(expect.any(String));
    const again = await a.gql<{ me: { role: string } }>(
      '{ me { role } }',
      {},
      { token: refreshed.data?.refreshToken.accessToken ?? '' },
    );
    expect(again.data?.me.role).toBe('OWNER');
  });

  it('runs each job once although both replicas have workers, and keeps one schedule per queue', async () => {
    const done = await runJobsThroughQueue(owner, 'portfolio-snapshot', 8);
    // Completed once each: a job fetched by one worker is locked for the other (no retry, no second start).
    expect(done).toEqual(Array.from({ length: 8 }, () => ({ state: 'completed', retry_count: 0 })));
    const schedules = await schedulesPerQueue(owner);
    expect(schedules.length).toBeGreaterThan(0);
    expect(schedules.every((s) => s.n === 1)).toBe(true);
  });
});
