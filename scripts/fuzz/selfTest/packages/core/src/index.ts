// A stand-in "core" package with one export per kind of defect, so the harness's own test can
// check that each is caught. Not a real package: only scripts/fuzz/harness.test.ts imports it.
import { CarerKitError, isCarerKitError } from "../../../../../../packages/core/src/index.ts";

export { CarerKitError, isCarerKitError };

/** Constants are skipped, but their keys feed the vocabulary. */
export const FIXTURE = { id: "fixture", items: [1, 2, 3] };

/** Never returns. */
export function spin(): void {
  for (;;) {
    // A synchronous infinite loop: only the watchdog can stop it.
  }
}

/** Writes to its argument. */
export function mutate(input: unknown): void {
  (globalThis as { lastMutated?: unknown }).lastMutated = input;
  if (typeof input === "object" && input !== null && Object.isExtensible(input))
    Object.defineProperty(input, "fuzzMutated", { value: true, enumerable: true });
  else throw new CarerKitError("invalid_argument", "mutate: not an extensible object");
}

/** Throws a TypeError from inside. */
export function boom(): never {
  throw new TypeError("boom from inside");
}

/** Returns a promise that never settles. */
export function pending(): Promise<never> {
  return new Promise<never>(() => undefined);
}

/** Rejects with a RangeError. */
export async function reject(): Promise<never> {
  await Promise.resolve();
  throw new RangeError("rejected from inside");
}

/** Always a typed error. */
export function typed(): never {
  throw new CarerKitError("invalid_argument", "typed: always refuses");
}

/** Reads every own property of its argument, so a hostile getter's error passes through. */
export function readAll(input: unknown): number {
  if (typeof input !== "object" || input === null) return 0;
  return Object.values(input).length;
}
