import type { CarerKitIssue } from "../result/result.ts";

/**
 * Codes carried by a thrown {@link CarerKitError}: `missing_dependency` when an optional peer
 * dependency a feature needs (for example vega for report charts) is not installed;
 * `invalid_argument` when a function is called with the wrong shape (see {@link checkArgument});
 * `out_of_span` when a date or span lies outside the documented limits (years 1900–2200).
 */
export type CarerKitErrorCode =
  | "invalid_input"
  | "invalid_definition"
  | "unsupported_version"
  | "missing_dependency"
  | "invalid_argument"
  | "out_of_span";

/** Options for {@link CarerKitError}. */
export interface CarerKitErrorOptions {
  /** Every problem found, each naming its field. */
  readonly issues?: readonly CarerKitIssue[] | undefined;
  /** The underlying error, for example a zod error. */
  readonly cause?: unknown;
}

/**
 * Marks every CarerKitError, whichever copy of this module made it. `Symbol.for` gives the same
 * symbol in the ESM and the CJS build, in bundles and in duplicate installs, so `instanceof`
 * holds across them (a class alone would give one identity per copy).
 */
const BRAND = Symbol.for("@carerkit/core:CarerKitError");

/**
 * The one error class CarerKit throws. It is thrown only for broken contracts and by `parse*`
 * functions; expected outcomes come back as a {@link Result} instead. `instanceof CarerKitError`
 * recognises an error from any copy of `@carerkit/core`: its ESM and CJS builds loaded in one
 * process, a bundled copy or a duplicate install.
 *
 * @example
 * try {
 *   parseCarer(input);
 * } catch (error) {
 *   if (isCarerKitError(error)) console.error(error.issues.map((i) => i.message));
 * }
 */
export class CarerKitError extends Error {
  override readonly name = "CarerKitError";
  /** What kind of contract was broken. */
  readonly code: CarerKitErrorCode;
  /** Every problem found, each naming its field. */
  readonly issues: readonly CarerKitIssue[];

  /**
   * @param code - What kind of contract was broken.
   * @param message - A summary; the issues carry the detail.
   * @param options - The issues and the cause.
   */
  constructor(code: CarerKitErrorCode, message: string, options: CarerKitErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Recognises a CarerKitError by its brand rather than by its prototype chain, so that
   * `instanceof` holds across module copies. A subclass keeps the ordinary check.
   *
   * @param value - The left-hand side of `instanceof`.
   * @returns `true` when the value is a CarerKitError from any copy of this module.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== CarerKitError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && BRAND in value;
  }
}
