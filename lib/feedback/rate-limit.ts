import { createHash, randomBytes } from 'node:crypto';

/** Posts a client may make per minute when FEEDBACK_RATE_LIMIT does not say otherwise. */
export const DEFAULT_RATE_LIMIT = 5;
const MINUTE = 60_000;

/**
 * FEEDBACK_RATE_LIMIT: posts per client per minute, a whole number from 1. Anything else
 * keeps the default (and `warn` says so), so a typo cannot switch the limit off.
 */
export function rateLimitFromEnv(value: string | undefined, warn: (message: string) => void = console.warn): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RATE_LIMIT;
  const limit = Number(value);
  if (Number.isInteger(limit) && limit >= 1) return limit;
  warn(`[feedback] FEEDBACK_RATE_LIMIT=${JSON.stringify(value)} is not a whole number from 1; using ${DEFAULT_RATE_LIMIT} per minute`);
  return DEFAULT_RATE_LIMIT;
}

/**
 * The client's address as the nearest trusted proxy saw it: the `hops`-th entry from the
 * right of X-Forwarded-For (1 = the last, written by the proxy in front of the server, or by
 * `next start` itself from the socket when no proxy sent the header). Behind a CDN and a
 * load balancer that both append, use 2. Empty when there is no such entry.
 */
export function clientAddress(forwardedFor: string | null, hops = 1): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - Math.max(1, hops)] ?? entries[0] ?? '';
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`: the salt changes when this does. */
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** What the limiter keys on: sha256 of the address and the day's salt, so no address is kept. */
export function clientKey(address: string, salt: Uint8Array): string {
  return createHash('sha256').update(salt).update(address).digest('base64url');
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  /** Posts allowed per window; also the largest burst. */
  limit: number;
  /** Default one minute. */
  windowMs?: number;
  /** Milliseconds since the epoch; tests pass their own clock. */
  now?: () => number;
  /** A new random salt; tests may pass a fixed one. */
  salt?: () => Uint8Array;
  /** Most clients remembered at once; past it the least recently seen are forgotten. */
  maxClients?: number;
}

/**
 * A token bucket per client, in memory: each client may post `limit` times at once and
 * then once every window/limit (12 s for 5 a minute). Kept as the generic cell rate
 * algorithm: per client, only the instant its bucket will be full again, so the arithmetic
 * is a comparison and Retry-After is exact. Keys are salted hashes of the
 * address with a random salt made at each UTC midnight and kept only in this object, so
 * yesterday's keys cannot be linked to today's and nothing about an address is written
 * anywhere. Memory stays bounded: full buckets are dropped, and so are the least recently
 * seen clients past `maxClients`. Per process: behind a load balancer each instance counts
 * on its own.
 */
export class RateLimiter {
  readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly newSalt: () => Uint8Array;
  private readonly maxClients: number;
  /** Per client key: the instant (ms) its bucket is full again. */
  private readonly fullAt = new Map<string, number>();
  private day = '';
  private salt: Uint8Array = new Uint8Array();
  private sweptAt = 0;

  constructor({ limit, windowMs = MINUTE, now = Date.now, salt = () => randomBytes(32), maxClients = 100_000 }: RateLimiterOptions) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('RateLimiter: limit must be a whole number from 1');
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
    this.newSalt = salt;
    this.maxClients = maxClients;
  }

  /** Counts one post by the client at `address`, or says how many seconds until it may post again. */
  hit(address: string): Verdict {
    const now = this.now();
    this.rotate(now);
    this.sweep(now);
    const key = clientKey(address, this.salt);
    const interval = this.windowMs / this.limit;
    const fullAt = Math.max(this.fullAt.get(key) ?? now, now);
    // The bucket holds `limit` posts: refused when it would need to be fuller than full.
    const wait = fullAt + interval - this.windowMs - now;
    if (wait > 0) return { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) };
    // Re-inserted on every post, so the map's order is least recently seen first.
    this.fullAt.delete(key);
    this.fullAt.set(key, fullAt + interval);
    while (this.fullAt.size > this.maxClients) this.fullAt.delete(this.fullAt.keys().next().value!);
    return { allowed: true };
  }

  /** Clients currently remembered (for tests and curiosity). */
  get size(): number {
    return this.fullAt.size;
  }

  private rotate(now: number): void {
    const day = utcDay(now);
    if (day === this.day) return;
    // Old keys mean nothing under the new salt: forget them with it.
    this.day = day;
    this.salt = this.newSalt();
    this.fullAt.clear();
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < this.windowMs) return;
    this.sweptAt = now;
    // A full bucket is the same as no bucket.
    for (const [key, fullAt] of this.fullAt) if (fullAt <= now) this.fullAt.delete(key);
  }
}
