// A test identity provider: an ES256 key pair whose public half is the server's JWKS, and a
// second, unrelated pair for forged tokens. Tokens are signed with jose, as an IdP would.
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from "jose";
import type { Identity } from "../src/auth/roles.ts";
import type { AuthConfig, TokenVerifier } from "../src/auth/verifyToken.ts";

export const TEST_ISSUER = "https://idp.test.invalid/realms/carers";
export const TEST_AUDIENCE = "carer-service-api";

export interface TestIssuer {
  readonly auth: AuthConfig;
  /** A valid token for `identity`, issued `now` and expiring in an hour unless overridden. */
  sign(identity: Identity, overrides?: TokenOverrides): Promise<string>;
}

export interface TokenOverrides {
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds since the epoch. */
  readonly expiresAt?: number;
  /** Sign with a key that is not in the JWKS. */
  readonly forged?: boolean;
  /** Extra or replaced claims (e.g. an unknown role). */
  readonly claims?: JWTPayload;
}

export async function createTestIssuer(): Promise<TestIssuer> {
  const real = await generateKeyPair("ES256");
  const forger = await generateKeyPair("ES256");
  const jwk = await exportJWK(real.publicKey);
  const auth: AuthConfig = {
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    jwks: { keys: [{ ...jwk, kid: "test-key", alg: "ES256", use: "sig" }] },
  };
  return {
    auth,
    async sign(identity, overrides = {}) {
      const key: CryptoKey = overrides.forged === true ? forger.privateKey : real.privateKey;
      const nowSeconds = Math.floor(Date.now() / 1000);
      return new SignJWT({ role: identity.role, ...overrides.claims })
        .setProtectedHeader({ alg: "ES256", kid: "test-key", typ: "JWT" })
        .setIssuer(overrides.issuer ?? TEST_ISSUER)
        .setAudience(overrides.audience ?? TEST_AUDIENCE)
        .setSubject(identity.subject)
        .setIssuedAt(nowSeconds)
        .setExpirationTime(overrides.expiresAt ?? nowSeconds + 3600)
        .sign(key);
    },
  };
}

/** An unsigned token (`alg: none`), which the server must refuse. */
export function unsignedToken(identity: Identity): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  const nowSeconds = Math.floor(Date.now() / 1000);
  return `${part({ alg: "none", typ: "JWT" })}.${part({
    iss: TEST_ISSUER,
    aud: TEST_AUDIENCE,
    sub: identity.subject,
    role: identity.role,
    iat: nowSeconds,
    exp: nowSeconds + 3600,
  })}.`;
}

/** For tests that build the app without a server: every token is a coordinator's. */
export const acceptAnyToken: TokenVerifier = () =>
  Promise.resolve({ ok: true, identity: { role: "coordinator", subject: "staff-coordinator-1" } });
