import { describe, expect, it } from 'vitest';
import { clientAddress, clientKey, DEFAULT_RATE_LIMIT, RateLimiter, rateLimitFromEnv, utcDay } from '@/lib/feedback/rate-limit';

/** A limiter on a clock the test moves, with salts it can count. */
function limiterAt(start: string, limit = 5) {
  let now = Date.parse(start);
  const salts: Uint8Array[] = [];
  const limiter = new RateLimiter({
    limit,
    now: () => now,
    salt: () => {
      const salt = new Uint8Array([salts.length + 1]);
      salts.push(salt);
      return salt;
    },
  });
  return { limiter, salts, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows 5 posts at once, then refuses with the seconds until the next is allowed', () => {
    const { limiter, advance } = limiterAt('2026-03-01T10:00:00Z');
    for (let i = 0; i < 5; i++) expect(limiter.hit('203.0.113.7')).toEqual({ allowed: true });
    expect(limiter.hit('203.0.113.7')).toEqual({ allowed: false, retryAfterSeconds: 12 });
    advance(11_000);
    expect(limiter.hit('203.0.113.7')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1_000);
    expect(limiter.hit('203.0.113.7')).toEqual({ allowed: true });
    expect(limiter.hit('203.0.113.7')).toMatchObject({ allowed: false });
  });

  it('refills to 5 per minute, not more, and counts each client on its own', () => {
    const { limiter, advance } = limiterAt('2026-03-01T10:00:00Z');
    for (let i = 0; i < 5; i++) limiter.hit('203.0.113.7');
    expect(limiter.hit('198.51.100.1')).toEqual({ allowed: true });
    advance(10 * 60_000);
    let allowed = 0;
    for (let i = 0; i < 20; i++) if (limiter.hit('203.0.113.7').allowed) allowed++;
    expect(allowed).toBe(5);
  });

  it('makes a new random salt at UTC midnight and forgets the day’s clients with the old one', () => {
    const { limiter, salts, advance } = limiterAt('2026-03-01T23:59:55Z');
    for (let i = 0; i < 5; i++) limiter.hit('203.0.113.7');
    expect(limiter.hit('203.0.113.7').allowed).toBe(false);
    expect(salts).toHaveLength(1);
    advance(4_000);
    expect(limiter.hit('203.0.113.7')).toEqual({ allowed: false, retryAfterSeconds: 8 });
    advance(1_000); // 2026-03-02T00:00:00Z
    expect(limiter.hit('203.0.113.7').allowed).toBe(true);
    expect(salts).toHaveLength(2);
    expect(limiter.size).toBe(1);
  });

  it('forgets clients idle for a minute and never remembers more than maxClients', () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const limiter = new RateLimiter({ limit: 5, now: () => now, maxClients: 3 });
    for (const address of ['a', 'b', 'c', 'd']) limiter.hit(address);
    expect(limiter.size).toBe(3);
    now += 60_000;
    limiter.hit('e');
    expect(limiter.size).toBe(1);
  });

  it('takes its limit from the environment, so a benchmark can raise it', () => {
    const { limiter } = limiterAt('2026-03-01T10:00:00Z', rateLimitFromEnv('1000'));
    let allowed = 0;
    for (let i = 0; i < 1000; i++) if (limiter.hit('127.0.0.1').allowed) allowed++;
    expect(allowed).toBe(1000);
    expect(limiter.hit('127.0.0.1').allowed).toBe(false);
  });
});

describe('rateLimitFromEnv', () => {
  it('reads a whole number of posts per minute and keeps the default for anything else, saying so', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(rateLimitFromEnv(undefined, warn)).toBe(DEFAULT_RATE_LIMIT);
    expect(rateLimitFromEnv('', warn)).toBe(5);
    expect(rateLimitFromEnv('60', warn)).toBe(60);
    for (const value of ['0', '-1', '2.5', 'lots', 'Infinity']) expect(rateLimitFromEnv(value, warn)).toBe(5);
    expect(warnings).toHaveLength(5);
  });
});

describe('clientKey', () => {
  it('is a hash of the address and the salt: no address in it, and a new salt gives a new key', () => {
    const salt = new Uint8Array(32).fill(7);
    const key = clientKey('203.0.113.7', salt);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain('203');
    expect(clientKey('203.0.113.7', salt)).toBe(key);
    expect(clientKey('203.0.113.7', new Uint8Array(32).fill(8))).not.toBe(key);
    expect(clientKey('203.0.113.8', salt)).not.toBe(key);
  });
});

describe('clientAddress', () => {
  it('takes the entry the nearest proxy wrote, not one the client made up', () => {
    expect(clientAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', 2)).toBe('203.0.113.7');
    expect(clientAddress(null)).toBe('');
  });
});

describe('utcDay', () => {
  it('changes at UTC midnight, whatever the server’s time zone', () => {
    expect(utcDay(Date.parse('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
    expect(utcDay(Date.parse('2026-03-02T00:00:00.000Z'))).toBe('2026-03-02');
  });
});
