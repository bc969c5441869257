/**
 * One problem found in a value, in the shape of a zod issue: a machine-readable `code`,
 * a message that names the field, the value and what was expected, and the path to the field.
 *
 * @example
 * const issue: CarerKitIssue<"too_many_hours"> = {
 *   code: "too_many_hours",
 *   message: "hoursPerWeek: expected at most 168, got 200",
 *   path: ["hoursPerWeek"],
 * };
 */
export interface CarerKitIssue<TCode extends string = string> {
  /** Machine-readable reason; each package declares its own literal union. */
  readonly code: TCode;
  /** Human-readable message naming the field, the value and what was expected. */
  readonly message: string;
  /** Where in the input the problem is, outermost key first. */
  readonly path?: readonly (string | number)[] | undefined;
}

/**
 * The outcome of an operation that can fail in an expected way, shaped like zod's `safeParse`.
 *
 * @example
 * function half(n: number): Result<number, CarerKitIssue<"odd">> {
 *   return n % 2 === 0 ? ok(n / 2) : err({ code: "odd", message: `n: expected an even number, got ${n}` });
 * }
 */
export type Result<TData, TError = CarerKitIssue> =
  | { readonly success: true; readonly data: TData }
  | { readonly success: false; readonly error: TError };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @param data - The value to return.
 * @returns `{ success: true, data }`.
 * @example
 * ok(42); //=> { success: true, data: 42 }
 */
export function ok<TData>(data: TData): Result<TData, never> {
  return { success: true, data };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @param error - What went wrong, usually a {@link CarerKitIssue} or a list of them.
 * @returns `{ success: false, error }`.
 * @example
 * err({ code: "not_found", message: "carerId: no carer with id c-9" });
 */
export function err<TError>(error: TError): Result<never, TError> {
  return { success: false, error };
}
