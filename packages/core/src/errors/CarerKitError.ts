import type { CarerKitIssue } from "../result/result.ts";

/** Codes carried by a thrown {@link CarerKitError}. */
export type CarerKitErrorCode = "invalid_input" | "invalid_definition" | "unsupported_version";

/** Options for {@link CarerKitError}. */
export interface CarerKitErrorOptions {
  /** Every problem found, each naming its field. */
  readonly issues?: readonly CarerKitIssue[] | undefined;
  /** The underlying error, for example a zod error. */
  readonly cause?: unknown;
}

/**
 * The one error class CarerKit throws. It is thrown only for broken contracts and by `parse*`
 * functions; expected outcomes come back as a {@link Result} instead.
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
  }
}
