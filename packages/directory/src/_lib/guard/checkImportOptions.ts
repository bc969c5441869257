import { checkArgument, invalidArgument } from "@carerkit/core";
import { checkOptions } from "./checkOptions.ts";

/** Checks an importer's {@link FromHsdsOptions}: a plain object with a string `source` and a known `agesApplyTo`. */
export function checkImportOptions(fn: string, options: unknown): void {
  checkOptions(fn, options);
  const { source, agesApplyTo } = (options ?? {}) as {
    readonly source?: unknown;
    readonly agesApplyTo?: unknown;
  };
  if (source !== undefined) checkArgument(fn, { "options.source": source }, "string");
  if (agesApplyTo !== undefined && agesApplyTo !== "carer" && agesApplyTo !== "cared_for")
    throw invalidArgument(fn, { "options.agesApplyTo": agesApplyTo }, '"carer" or "cared_for"');
}
