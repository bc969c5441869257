import { checkArgument, invalidArgument } from "@carerkit/core";
import { isValidZone } from "../zone.ts";

/** Checks that `options.timeZone`, when given, is an IANA zone that Intl knows. */
export function checkTimeZone(fn: string, timeZone: unknown): void {
  if (timeZone === undefined) return;
  checkArgument(fn, { "options.timeZone": timeZone }, "string");
  if (!isValidZone(timeZone as string))
    throw invalidArgument(fn, { "options.timeZone": timeZone }, "an IANA time zone");
}
