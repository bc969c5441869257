// The one check of SCHEDULING_LIMITS' dates: floating or epoch ms within 1900-01-01 and the end
// of 2200-12-31 (an instant's offset moves it by under a day, within the same years).
import { CarerKitError, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../../errors.ts";
import { SCHEDULING_LIMITS } from "../../limits/SCHEDULING_LIMITS.ts";
import { fail } from "../issue.ts";
import { below, type Where } from "./checkFields.ts";

/** Floating ms of 1900-01-01T00:00, the first moment a scheduling function accepts. */
export const FIRST_MS = Date.UTC(1900, 0, 1);
/** Floating ms of 2201-01-01T00:00, just after the last moment a scheduling function accepts. */
export const END_MS = Date.UTC(2201, 0, 1);

/** An `out_of_span` issue naming `path` when `ms` is outside the years 1900–2200, else undefined. */
export function spanIssue(
  ms: number,
  path: readonly (string | number)[],
): Result<never, SchedulingIssue> | undefined {
  if (ms >= FIRST_MS && ms < END_MS) return undefined;
  const { firstDate, lastDate } = SCHEDULING_LIMITS;
  return fail(
    "out_of_span",
    `${path.join(".")}: expected a date from ${firstDate} to ${lastDate}`,
    [...path],
  );
}

/** Throws a CarerKitError `out_of_span` carrying `issue`, naming the function `fn`. */
function throwSpan(fn: string, issue: SchedulingIssue): never {
  throw new CarerKitError("out_of_span", `${fn}: ${issue.message}`, { issues: [issue] });
}

/** Throws `out_of_span` naming `where` unless `ms` lies within the years 1900–2200. */
export function checkInSpan(where: Where, ms: number): void {
  const outside = spanIssue(ms, [where.path]);
  if (outside !== undefined && !outside.success) throwSpan(where.fn, outside.error);
}

/**
 * Throws `out_of_span` unless the session at `where` starts and ends within 1900–2200 and lasts
 * from 0 to SCHEDULING_LIMITS.maxSessionMinutes.
 */
export function checkSessionSpan(
  where: Where,
  { start, end }: { readonly start: number; readonly end: number },
): void {
  checkInSpan(below(where, ".start"), start);
  checkInSpan(below(where, ".end"), end);
  const { maxSessionMinutes } = SCHEDULING_LIMITS;
  if (end < start || end - start > maxSessionMinutes * 60_000)
    throwSpan(where.fn, {
      code: "out_of_span",
      message: `${where.path}.end: expected from start to ${maxSessionMinutes} minutes after`,
      path: [`${where.path}.end`],
    });
}
