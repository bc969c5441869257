import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from "jose";
import { isRole, type Identity } from "./roles.ts";

/** How bearer tokens are checked. */
export interface AuthConfig {
  /** The `iss` every token must carry. */
  readonly issuer: string;
  /** The `aud` every token must carry (this API's identifier at the identity provider). */
  readonly audience: string;
  /** The identity provider's public keys: a JWKS document, or its URL (fetched and cached by jose). */
  readonly jwks: JSONWebKeySet | URL;
  /** The claim holding the role. Default `role`. */
  readonly roleClaim?: string | undefined;
}

/** Why a token was refused; every kind answers 401 except `no_role` (403). */
export type TokenFailure = "missing" | "malformed" | "expired" | "invalid" | "no_role";

/** Asymmetric algorithms only: `none` and HMAC (which would need a shared secret) are refused. */
const ALGORITHMS = ["ES256", "ES384", "RS256", "PS256", "EdDSA"];

/** A token checker bound to one configuration, reusing the key set across requests. */
export type TokenVerifier = (
  token: string,
  now: Date,
) => Promise<{ ok: true; identity: Identity } | { ok: false; failure: TokenFailure }>;

/** Builds a verifier: signature against the JWKS, issuer, audience, expiry (at `now`) and role. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const keys: JWTVerifyGetKey =
    config.jwks instanceof URL ? createRemoteJWKSet(config.jwks) : createLocalJWKSet(config.jwks);
  const roleClaim = config.roleClaim ?? "role";
  return async (token, now) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        currentDate: now,
        requiredClaims: ["exp", "sub"],
      });
      const role = payload[roleClaim];
      if (!isRole(role) || typeof payload.sub !== "string" || payload.sub === "") {
        return { ok: false, failure: "no_role" };
      }
      return { ok: true, identity: { subject: payload.sub, role } };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, failure: "expired" };
      if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
        return { ok: false, failure: "malformed" };
      }
      return { ok: false, failure: "invalid" };
    }
  };
}
