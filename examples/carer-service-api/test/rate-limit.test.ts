// The rate limiter on its own, with a fake clock: per identity, fixed windows, Retry-After, and
// a bounded number of identities held in memory. (auth.test.ts shows the 429 over HTTP.)
import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../src/http/rateLimit.ts";

const at = (ms: number) => new Date(Date.UTC(2026, 0, 5, 9) + ms);

describe("the per-identity rate limiter", () => {
  it("allows `limit` requests per window and identity, then says how long to wait", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(limiter("carer c-1", at(0))).toEqual({ allowed: true });
    expect(limiter("carer c-1", at(1_000))).toEqual({ allowed: true });
    expect(limiter("carer c-1", at(20_500))).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter("carer c-2", at(20_500))).toEqual({ allowed: true });
    expect(limiter("carer c-1", at(59_999))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter("carer c-1", at(60_000))).toEqual({ allowed: true });
  });

  it("keeps only identities whose window is still open", () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 1_000 });
    for (let i = 0; i < 500; i += 1) limiter(`carer c-${i}`, at(i));
    expect(limiter.tracked()).toBe(500);
    limiter("carer late", at(5_000));
    expect(limiter.tracked()).toBe(1);
  });

  it("holds at most maxIdentities, refusing new identities until a window ends", () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000, maxIdentities: 100 });
    const refused = Array.from({ length: 10_000 }, (_, i) => limiter(`carer c-${i}`, at(i))).filter(
      (r) => !r.allowed,
    );
    expect(limiter.tracked()).toBe(100);
    expect(refused).toHaveLength(9_900);
    expect(refused[0]).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // A counted identity carries on; once the windows end, new ones get in again.
    expect(limiter("carer c-1", at(10_000))).toEqual({ allowed: true });
    expect(limiter("carer c-new", at(61_000))).toEqual({ allowed: true });
    expect(limiter.tracked()).toBeLessThanOrEqual(100);
  });
});
