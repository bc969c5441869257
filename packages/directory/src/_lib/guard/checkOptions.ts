import { checkArgument } from "@carerkit/core";

/** Checks that an options argument, when given, is a plain object. */
export function checkOptions(fn: string, options: unknown): void {
  if (options !== undefined) checkArgument(fn, { options }, "plain object");
}
