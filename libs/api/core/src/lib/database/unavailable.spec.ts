import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './unavailable';

const withCode = (code: string, message = 'x'): Error => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    ['an admin shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['a starting server', withCode('57P03', 'the database system is starting up')],
    ['a statement timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['a full disk', withCode('53100', 'could not extend file: No space left on device')],
    ['too many connections', withCode('53300')],
    ['a connection exception', withCode('08006')],
    ['a pool acquisition timeout', new Error('timeout exceeded when trying to connect')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    [
      'an AggregateError of refusals (Node tries IPv4 and IPv6)',
      Object.assign(new AggregateError([withCode('ECONNREFUSED')], ''), { code: undefined }),
    ],
    ['a TypeORM wrapper', Object.assign(new Error('query failed'), { driverError: withCode('57P01') })],
    ['a runner TypeORM released after its connection broke', new QueryRunnerProviderAlreadyReleasedError()],
    ['a rollback on such a runner', new QueryRunnerAlreadyReleasedError()],
    ['a commit whose connection was lost', new DatabaseUnavailableError(new Error('x'))],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601', 'syntax error at or near "x"')],
    ['an RLS refusal', withCode('42501', 'new row violates row-level security policy')],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('is false for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
