import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import type { Client } from 'pg';
import { signUpFirm, type Firm } from '../support/factories';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { runJobsThroughQueue, schedulesPerQueue } from '../support/jobs';
import { startTestApp, withOwner, type TestApp } from '../support/test-app';

type Answer = { status: number; worker: string | undefined; cookie: string; body: Record<string, unknown> };

/**
 * Worker mode (docs/scaling.md § Worker mode): one api process with WEB_CONCURRENCY=2 — a primary that prepared the
 * database and two workers on one port. Every request goes over a new connection, which node:cluster hands to the
 * next worker; `x-klarsicht-worker` names the one that answered.
 */
describe('Worker mode: two workers behind one port', () => {
  let seedApp: TestApp;
  let api: ApiProcess;
  let firm: Firm;

  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = request(
        `${api.url}/graphql`,
        {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...headers,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              worker: res.headers['x-klarsicht-worker'] as string | undefined,
              cookie: (res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '',
              body: JSON.parse(text) as Record<string, unknown>,
            }),
          );
        },
      );
      // A connection handed to a worker that is going down gets no answer: give up and ask again.
      req.setTimeout(5000, () => req.destroy(new Error('No answer within 5 s')));
      req.on('error', reject);
      req.end(payload);
    });
  /** Asks until the answer comes from a worker other than `not` (round robin: the next connection). */
  const fromAnother = async (not: string | undefined, ask: () => Promise<Answer>): Promise<Answer> => {
    for (let i = 0; i < 10; i++) {
      const answer = await ask();
      if (answer.worker !== not) return answer;
    }
    throw new Error(`Every answer came from worker ${not}`);
  };
  const owner = <T>(work: (db: Client) => Promise<T>): Promise<T> => withOwner(seedApp, work);

  beforeAll(async () => {
    seedApp = await startTestApp();
    firm = await signUpFirm(seedApp);
    api = await startApiProcess({ WEB_CONCURRENCY: '2', JOBS_ENABLED: 'true', JOBS_POLL_SECONDS: '0.5' });
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), seedApp?.close()]);
  });

  it('answers from both workers', async () => {
    const workers = new Set<string | undefined>();
    for (let i = 0; i < 6; i++) workers.add((await post({ query: '{ __typename }' })).worker);
    expect([...workers].sort()).toEqual(['0', '1']);
  });

  it('takes a session started on one worker on the other: access token and refresh cookie', async () => {
    const login = await post({
      query: 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      variables: { i: { email: firm.email, password: firm.password } },
    });
    const token = (login.body as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const me = await fromAnother(login.worker, () =>
      post({ query: '{ me { role } }' }, { authorization: `Bearer ${token}` }),
    );
    expect(me.body).toEqual({ data: { me: { role: 'OWNER' } } });
    // Refreshing rotates the cookie: follow it until the other worker has taken it.
    let cookie = login.cookie;
    let servedBy = login.worker;
    for (let i = 0; i < 10 && servedBy === login.worker; i++) {
      const refreshed = await post({ query: 'mutation { refreshToken { accessToken } }' }, { cookie });
      expect(refreshed.body).toEqual({ data: { refreshToken: { accessToken: expect.any(String) } } });
      cookie = refreshed.cookie;
      servedBy = refreshed.worker;
    }
    expect(servedBy).not.toBe(login.worker);
  });

  it('runs each job once with two workers polling, and keeps one schedule per queue', async () => {
    const done = await runJobsThroughQueue(owner, 'portfolio-snapshot', 8);
    expect(done).toEqual(Array.from({ length: 8 }, () => ({ state: 'completed', retry_count: 0 })));
    const schedules = await schedulesPerQueue(owner);
    expect(schedules.length).toBeGreaterThan(0);
    expect(schedules.every((s) => s.n === 1)).toBe(true);
  });

  it('starts a worker again that died, and both answer', async () => {
    const children = execFileSync('pgrep', ['-P', String(api.process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(children).toHaveLength(2);
    process.kill(Number(children[0]), 'SIGKILL');
    const workers = new Set<string | undefined>();
    for (let i = 0; i < 100 && workers.size < 2; i++) {
      const answer = await post({ query: '{ __typename }' }).catch(() => null);
      if (answer?.status === 200) workers.add(answer.worker);
      else await new Promise((resolve) => setTimeout(resolve, 200));
      if (workers.size < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect([...workers].sort()).toEqual(['0', '1']);
  });
});
