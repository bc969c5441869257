import { checkArgument } from "../errors/checkArgument.ts";

/**
 * The `asOf` of a parse function's options, after checking that the options are an object: a
 * JavaScript caller passing `null` gets `invalid_argument` naming `options`, not a TypeError.
 * The date itself is checked later, where it is used.
 */
export function readAsOf(fn: string, options: unknown): unknown {
  checkArgument(fn, { options }, "plain object");
  return (options as { readonly asOf?: unknown }).asOf;
}
