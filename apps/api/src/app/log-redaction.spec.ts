import { redactPathTokens } from './log-redaction';

describe('redactPathTokens', () => {
  it.each([
    ['/consent/AbC-123_xyz', '/consent/[redacted]'],
    ['/consent/AbC-123_xyz/withdraw', '/consent/[redacted]/withdraw'],
    ['/invitations/tok3n?x=1', '/invitations/[redacted]?x=1'],
    ['/graphql', '/graphql'],
    ['/clients/0190a0a0', '/clients/0190a0a0'],
  ])('logs %s as %s', (url, logged) => {
    expect(redactPathTokens(url)).toBe(logged);
  });
});
