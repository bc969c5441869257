/** How many requests one identity may make per window. */
export interface RateLimitConfig {
  /** Requests allowed per window and identity. */
  readonly limit: number;
  /** The window's length in milliseconds. */
  readonly windowMs: number;
  /**
   * Most identities counted at once (default 10,000). When that many are inside their window, a
   * new identity is refused until windows end, so memory stays bounded however many tokens an
   * identity provider issues.
   */
  readonly maxIdentities?: number | undefined;
}

/** A per-identity fixed-window counter; answers how long to wait when the limit is reached. */
export interface RateLimiter {
  (key: string, now: Date): { allowed: true } | { allowed: false; retryAfterSeconds: number };
  /** How many identities are being counted now (for tests of the memory bound). */
  tracked(): number;
}

/**
 * Counts requests per key (the token's role and subject, after the signature is checked) in
 * fixed windows, in memory, for at most `maxIdentities` keys. One instance per process: behind
 * a load balancer with several instances, put the limit in the gateway or a shared store.
 */
export function createRateLimiter(config: RateLimitConfig): RateLimiter {
  const maxIdentities = config.maxIdentities ?? 10_000;
  const windows = new Map<string, { start: number; count: number }>();
  let sweptAt = 0;
  const sweep = (at: number): void => {
    for (const [k, w] of windows) if (at - w.start >= config.windowMs) windows.delete(k);
    sweptAt = at;
  };
  const wait = (start: number, at: number) => ({
    allowed: false as const,
    retryAfterSeconds: Math.max(1, Math.ceil((start + config.windowMs - at) / 1000)),
  });
  const limiter = (key: string, now: Date) => {
    const at = now.getTime();
    // Forget finished windows so the map holds only identities active in the current one.
    if (at - sweptAt >= config.windowMs) sweep(at);
    const current = windows.get(key);
    if (current === undefined || at - current.start >= config.windowMs) {
      if (current === undefined && windows.size >= maxIdentities) {
        sweep(at);
        if (windows.size >= maxIdentities) {
          const oldest = windows.values().next().value?.start ?? at;
          return wait(oldest, at);
        }
      }
      windows.delete(key);
      windows.set(key, { start: at, count: 1 });
      return { allowed: true as const };
    }
    if (current.count < config.limit) {
      current.count += 1;
      return { allowed: true as const };
    }
    return wait(current.start, at);
  };
  return Object.assign(limiter, { tracked: () => windows.size });
}
