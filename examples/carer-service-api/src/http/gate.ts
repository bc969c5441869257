import type { Context } from "hono";
import type { Identity } from "../auth/roles.ts";
import type { TokenFailure, TokenVerifier } from "../auth/verifyToken.ts";
import type { Gate } from "../routes/registry.ts";
import { Problem } from "./problem.ts";
import type { RateLimiter } from "./rateLimit.ts";

declare module "hono" {
  interface ContextVariableMap {
    /** The authenticated caller, once the gate has let them in (the access log reads the role). */
    identity: Identity;
  }
}

const REALM = 'Bearer realm="carer-service-api"';

const FAILURES: Readonly<Record<Exclude<TokenFailure, "no_role">, string>> = {
  missing: "Send a bearer token: Authorization: Bearer <token>.",
  malformed: "The bearer token is not a well-formed signed JWT.",
  expired: "The bearer token has expired; get a new one.",
  invalid:
    "The bearer token was not accepted (signature, algorithm, issuer or audience did not match).",
};

function unauthenticated(failure: Exclude<TokenFailure, "no_role">): Problem {
  const header = failure === "missing" ? REALM : `${REALM}, error="invalid_token"`;
  return new Problem("unauthenticated", FAILURES[failure], [], { "www-authenticate": header });
}

/**
 * The front door of every protected route: a bearer token checked by `verify` (401 otherwise,
 * with `WWW-Authenticate`), a role this service knows (403 otherwise), then the caller's rate
 * limit (429 with `Retry-After`).
 */
export function createGate(options: {
  readonly verify: TokenVerifier;
  readonly limiter: RateLimiter;
  readonly now: () => Date;
}): Gate {
  return async (c: Context) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header);
    if (match === null) throw unauthenticated(header === "" ? "missing" : "malformed");
    const now = options.now();
    const verified = await options.verify(match[1] ?? "", now);
    if (!verified.ok) {
      if (verified.failure === "no_role") {
        throw new Problem("forbidden", "The token carries no role that this service knows.");
      }
      throw unauthenticated(verified.failure);
    }
    const { identity } = verified;
    c.set("identity", identity);
    const limited = options.limiter(`${identity.role} ${identity.subject}`, now);
    if (!limited.allowed) {
      throw new Problem(
        "too-many-requests",
        "Too many requests from this identity; slow down.",
        [],
        {
          "retry-after": String(limited.retryAfterSeconds),
        },
      );
    }
    return identity;
  };
}
