import { RateLimiter } from './rate-limiter';

describe(RateLimiter.name, () => {
  it('allows a burst up to the limit, then answers with the seconds to wait', () => {
    let now = 0;
    const sut = new RateLimiter(3, 60, () => now);
    expect([sut.take('k'), sut.take('k'), sut.take('k')]).toEqual([0, 0, 0]);
    expect(sut.take('k')).toBe(20);
    now += 20_000;
    expect(sut.take('k')).toBe(0);
    expect(sut.take('k')).toBeGreaterThan(0);
  });

  it('keeps keys apart', () => {
    const sut = new RateLimiter(1, 60, () => 0);
    expect(sut.take('a')).toBe(0);
    expect(sut.take('b')).toBe(0);
    expect(sut.take('a')).toBeGreaterThan(0);
  });

  it('forgets full buckets when it holds too many keys', () => {
    let now = 0;
    const sut = new RateLimiter(1, 1, () => now, 2);
    sut.take('a');
    sut.take('b');
    now += 5_000;
    sut.take('c');
    expect(sut.size).toBe(1);
  });
});
