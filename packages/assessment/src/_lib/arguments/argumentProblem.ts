import {
  checkArgument,
  invalidArgument,
  isCarerKitError,
  type ArgumentKind,
  type CarerKitError,
} from "@carerkit/core";

/**
 * An argument kind of assessment's own, such as {@link INSTRUMENT_ARGUMENT}: what it must be, in
 * words, and the test. It lives apart from core's kinds so that a function taking none of them
 * (the eligibility functions) does not load what the test needs (the instrument compiler).
 */
export interface CustomArgumentKind {
  readonly expected: string;
  readonly holds: (value: unknown) => boolean;
}

/** Core's argument kinds, or one of assessment's own. */
export type AssessmentArgumentKind = ArgumentKind | CustomArgumentKind;

/** One argument to check: `[{ name: value }, kind]`, as core's `checkArgument` takes them. */
export type ArgumentCheck = readonly [Readonly<Record<string, unknown>>, AssessmentArgumentKind];

/**
 * The `invalid_argument` error for the first argument that is not of its kind, or undefined.
 */
export function argumentProblem(
  fn: string,
  checks: readonly ArgumentCheck[],
): CarerKitError | undefined {
  for (const [argument, kind] of checks) {
    if (typeof kind === "object") {
      if (!kind.holds(Object.values(argument)[0]))
        return invalidArgument(fn, argument, kind.expected);
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
