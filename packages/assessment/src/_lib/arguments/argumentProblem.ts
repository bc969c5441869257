import {
  checkArgument,
  invalidArgument,
  isCarerKitError,
  type ArgumentKind,
  type CarerKitError,
} from "@carerkit/core";
import type { Instrument } from "../../instrument/types/instrument.ts";
import { compileInstrument } from "../compileInstrument.ts";

/** Core's argument kinds, and `instrument`: a definition that passes `checkInstrument`. */
export type AssessmentArgumentKind = ArgumentKind | "instrument";

/** One argument to check: `[{ name: value }, kind]`, as core's `checkArgument` takes them. */
export type ArgumentCheck = readonly [Readonly<Record<string, unknown>>, AssessmentArgumentKind];

/**
 * The `invalid_argument` error for the first argument that is not of its kind, or undefined.
 * Instruments are compiled (once, cached, for frozen ones), so any definition a function goes
 * on to read is known to be well formed.
 */
export function argumentProblem(
  fn: string,
  checks: readonly ArgumentCheck[],
): CarerKitError | undefined {
  for (const [argument, kind] of checks) {
    if (kind === "instrument") {
      const [value] = Object.values(argument);
      if (!compileInstrument(value as Instrument).success)
        return invalidArgument(fn, argument, "an instrument that passes checkInstrument");
      continue;
    }
    try {
      checkArgument(fn, argument, kind);
    } catch (error) {
      if (isCarerKitError(error)) return error;
      throw error;
    }
  }
  return undefined;
}
