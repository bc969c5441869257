import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from "jose";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AuthConfig } from "./verifyToken.ts";
import type { Role } from "./roles.ts";

/** The issuer and audience of dev-mode tokens. */
export const DEV_ISSUER = "urn:carerkit:carer-service-api:dev-issuer";
export const DEV_AUDIENCE = "carer-service-api";

interface DevKeys {
  readonly privateJwk: JWK;
  readonly jwks: JSONWebKeySet;
}

const FILE = "dev-signing-key.json";

/**
 * Loads the dev-mode key pair from `dir`, generating an ES256 pair there on first use (never
 * downloaded, never shared: each checkout makes its own). The private key file is written
 * readable by its owner only.
 */
export async function loadDevKeys(dir: string): Promise<DevKeys> {
  const path = join(dir, FILE);
  try {
    return JSON.parse(await readFile(path, "utf8")) as DevKeys;
  } catch {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const kid = `dev-${randomUUID().slice(0, 8)}`;
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "ES256" };
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" }] };
    await mkdir(dir, { recursive: true });
    await writeFile(path, JSON.stringify({ privateJwk, jwks }), { mode: 0o600, flag: "wx" }).catch(
      () => undefined, // another process wrote it first: read theirs below
    );
    return JSON.parse(await readFile(path, "utf8")) as DevKeys;
  }
}

/** The auth configuration of dev mode: the local key set, the dev issuer and audience. */
export async function devAuthConfig(dir: string): Promise<AuthConfig> {
  const { jwks } = await loadDevKeys(dir);
  return { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwks };
}

/** Signs a dev-mode token for a role and subject, valid for `minutes` from `now`. */
export async function mintDevToken(
  dir: string,
  claims: { readonly role: Role; readonly subject: string },
  options: { readonly now: Date; readonly minutes: number },
): Promise<string> {
  const { privateJwk } = await loadDevKeys(dir);
  const key = await importJWK(privateJwk, "ES256");
  const iat = Math.floor(options.now.getTime() / 1000);
  return new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: "ES256", kid: privateJwk.kid ?? "dev", typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(claims.subject)
    .setIssuedAt(iat)
    .setExpirationTime(iat + options.minutes * 60)
    .sign(key);
}
