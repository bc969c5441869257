/** How many requests one identity may make per window. */
export interface RateLimitConfig {
  /** Requests allowed per window and identity. */
  readonly limit: number;
  /** The window's length in milliseconds. */
  readonly windowMs: number;
}

/** A per-identity fixed-window counter; answers how long to wait when the limit is reached. */
export type RateLimiter = (
  key: string,
  now: Date,
) => { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts requests per key (the token's role and subject) in fixed windows, in memory. One
 * instance per process: behind a load balancer with several instances, put the limit in the
 * gateway or a shared store instead.
 */
export function createRateLimiter(config: RateLimitConfig): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let sweptAt = 0;
  return (key, now) => {
    const at = now.getTime();
    if (at - sweptAt >= config.windowMs) {
      // Forget finished windows so the map holds only identities active in the current one.
      for (const [k, w] of windows) if (at - w.start >= config.windowMs) windows.delete(k);
      sweptAt = at;
    }
    const current = windows.get(key);
    if (current === undefined || at - current.start >= config.windowMs) {
      windows.set(key, { start: at, count: 1 });
      return { allowed: true };
    }
    if (current.count < config.limit) {
      current.count += 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((current.start + config.windowMs - at) / 1000)),
    };
  };
}
