// The checks every recurrence query shares: zone, DTSTART, EXDATEs and the rule.
import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import type { Recurrence } from "../recurrence/types.ts";
import { checkZone } from "./checkZone.ts";
import { fail } from "./issue.ts";
import { spanIssue } from "./guard/spanIssue.ts";
import { parseLocalDateTime } from "./localTime.ts";
import { prepareRecurrence, type PreparedRecurrence } from "./occurrences.ts";

/** A checked recurrence: the prepared rule and the EXDATEs as floating ms. */
export interface CheckedRecurrence {
  readonly prepared: PreparedRecurrence;
  readonly exdates: ReadonlySet<number>;
}

/** Checks a recurrence's zone, start, EXDATEs and rule, naming the first bad field. */
export function checkRecurrence(
  recurrence: Recurrence,
): Result<CheckedRecurrence, SchedulingIssue> {
  const { zone } = recurrence;
  const zoneCheck = checkZone(zone);
  if (!zoneCheck.success) return zoneCheck;
  const start = parseLocalDateTime(recurrence.start);
  if (start === undefined)
    return fail(
      "invalid_input",
      `start: expected a local date-time YYYY-MM-DDTHH:MM, got "${recurrence.start}"`,
      ["start"],
    );
  const startSpan = spanIssue(start, ["start"]);
  if (startSpan !== undefined) return startSpan;
  const exdates = new Set<number>();
  for (const [index, value] of (recurrence.exdates ?? []).entries()) {
    const ms = parseLocalDateTime(value);
    if (ms === undefined)
      return fail(
        "invalid_input",
        `exdates[${index}]: expected a local date-time YYYY-MM-DDTHH:MM, got "${value}"`,
        ["exdates", index],
      );
    const exdateSpan = spanIssue(ms, ["exdates", index]);
    if (exdateSpan !== undefined) return exdateSpan;
    exdates.add(ms);
  }
  const prepared = prepareRecurrence(recurrence.rule, start, zone);
  if (!prepared.success) return prepared;
  return ok({ prepared: prepared.data, exdates });
}
