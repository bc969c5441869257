import { ok, type CarerKitIssue, type Result } from "@carerkit/core";
import { fail } from "./issue.ts";
import { isValidZone } from "./zone.ts";

/** `invalid_input` unless `zone` is an IANA zone the runtime knows. */
export function checkZone(zone: string): Result<string, CarerKitIssue<"invalid_input">> {
  return isValidZone(zone)
    ? ok(zone)
    : fail(
        "invalid_input",
        `zone: expected an IANA time zone such as Europe/London, got "${zone}"`,
        ["zone"],
      );
}
