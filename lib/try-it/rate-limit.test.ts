import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('Try it out: per-client rate limit', () => {
  it('lets a client burst, then refuses it with the seconds to wait, while other clients go on', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('10.0.0.1'))).toEqual([0, 0, 0]);
    expect(limiter.take('10.0.0.1')).toBe(1); // one token a second: wait 1 s
    expect(limiter.take('10.0.0.2')).toBe(0);
    now += 1000;
    expect(limiter.take('10.0.0.1')).toBe(0);
    expect(limiter.take('10.0.0.1')).toBe(1);
  });

  it('forgets idle clients, so a flood of addresses cannot grow it without bound', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 2, maxClients: 100, now: () => now });
    for (let i = 0; i < 1000; i++) {
      limiter.take(`client-${i}`);
      now += 1;
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
