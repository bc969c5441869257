import { hmacSha256 } from "../_lib/hmacSha256.ts";
import { invalidInput } from "../_lib/invalidInput.ts";
import { invalidArgument } from "../errors/invalidArgument.ts";

/**
 * A secret key for {@link pseudonymise}: at least 32 bytes, as text (UTF-8) or bytes.
 *
 * @example
 * const key: PseudonymKey = crypto.getRandomValues(new Uint8Array(32));
 */
export type PseudonymKey = string | Uint8Array;

/** RFC 2104 §3: keys shorter than the hash output (32 bytes for SHA-256) are "strongly discouraged". */
const MIN_KEY_BYTES = 32;

/**
 * Replaces an identifier with a stable pseudonym: the HMAC-SHA-256 of the value under a secret
 * key, as 64 lower-case hex characters. The same value and key always give the same pseudonym,
 * so records can still be linked; without the key the value cannot be recovered or checked by
 * guessing (which a plain hash of an NHS number would allow). Synchronous and pure, the same in
 * Node and browsers (SHA-256 from the audited @noble/hashes). Normalise the value first, e.g. with
 * {@link validateNhsNumber}, so that "999 000 0018" and "9990000018" agree.
 *
 * @param value - The identifier, encoded as UTF-8.
 * @param key - The secret key, at least 32 bytes; keep it out of the exported data.
 * @returns The pseudonym, 64 hex characters.
 * @throws {@link CarerKitError} `invalid_argument` when `value` is not a string or `key` is
 * neither a string nor a `Uint8Array`; `invalid_input` when the key is shorter than 32 bytes.
 * @example
 * pseudonymise("carer-0001", process.env.PSEUDONYM_KEY!); //=> "3f1c…" (64 hex characters)
 */
export function pseudonymise(value: string, key: PseudonymKey): string {
  // Checked inline rather than with checkArgument, whose table of kinds would double this
  // import's size (issue #15); the error is the same.
  if (typeof value !== "string") throw invalidArgument("pseudonymise", { value }, "a string");
  if (typeof key !== "string" && !(key instanceof Uint8Array))
    throw invalidArgument("pseudonymise", { key }, "a string or a Uint8Array");
  const encoder = new TextEncoder();
  const keyBytes = typeof key === "string" ? encoder.encode(key) : key;
  if (keyBytes.length < MIN_KEY_BYTES) {
    throw invalidInput(
      "key",
      "too_small",
      `expected at least ${MIN_KEY_BYTES} bytes, got ${keyBytes.length}`,
    );
  }
  const mac = hmacSha256(keyBytes, encoder.encode(value));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
