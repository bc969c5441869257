import { CarerKitError } from "./CarerKitError.ts";

/**
 * Tells whether a caught value is a {@link CarerKitError}, from any copy of `@carerkit/core`
 * (ESM and CJS builds in one process, bundles, duplicate installs). The same as
 * `value instanceof CarerKitError`, as a type guard.
 *
 * @param value - Anything caught.
 * @returns `true` when the value is a CarerKitError.
 * @example
 * try { parseCarer(json); } catch (e) { if (isCarerKitError(e)) report(e.issues); }
 */
export function isCarerKitError(value: unknown): value is CarerKitError {
  return value instanceof CarerKitError;
}
