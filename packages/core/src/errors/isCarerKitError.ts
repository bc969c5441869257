import { CarerKitError } from "./CarerKitError.ts";

/**
 * Tells whether a caught value is a {@link CarerKitError}, also across realms and duplicate
 * installs, where `instanceof` fails.
 *
 * @param value - Anything caught.
 * @returns `true` when the value is a CarerKitError.
 * @example
 * try { parseCarer(json); } catch (e) { if (isCarerKitError(e)) report(e.issues); }
 */
export function isCarerKitError(value: unknown): value is CarerKitError {
  if (value instanceof CarerKitError) return true;
  return (
    value instanceof Error &&
    value.name === "CarerKitError" &&
    "issues" in value &&
    Array.isArray((value as { issues: unknown }).issues)
  );
}
