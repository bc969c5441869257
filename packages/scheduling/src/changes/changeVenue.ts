import { checkArgument, ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import { checkStrings } from "../_lib/guard/checkFields.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";
import { checkProgrammeShape } from "../_lib/guard/checkProgrammeShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import type { Programme } from "../planning/types.ts";

/**
 * Options for {@link changeVenue}.
 *
 * @example
 * const options: ChangeVenueOptions = { sessionIds: ["bt-spring-s8"] };
 */
export interface ChangeVenueOptions {
  /** Only these sessions; by default every scheduled session on or after `fromDate`. */
  readonly sessionIds?: readonly string[] | undefined;
  /** Only sessions on or after this local date, `YYYY-MM-DD`. */
  readonly fromDate?: string | undefined;
}

/**
 * Moves sessions to another venue. Each session whose venue changes gets a higher `sequence`,
 * so calendar apps update the location; ids are unchanged.
 *
 * @param programme - The planned programme (not changed).
 * @param venue - The new venue.
 * @param options - Which sessions (by id or from a date); all scheduled sessions by default.
 * @returns A new programme, or `unknown_session` for an id not in the programme.
 * @example
 * const result = changeVenue(programme, "Garden room", { fromDate: "2025-04-01" });
 */
export function changeVenue(
  programme: Programme,
  venue: string,
  options: ChangeVenueOptions = {},
): Result<Programme, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkProgrammeShape("changeVenue", programme);
    checkArgument("changeVenue", { venue }, "string");
    checkOptions("changeVenue", options, { sessionIds: "array?", fromDate: "string?" });
    checkStrings({ fn: "changeVenue", path: "options.sessionIds" }, options.sessionIds, true);
  });
  if (bad !== undefined) return bad;
  const wanted = options.sessionIds === undefined ? undefined : new Set(options.sessionIds);
  for (const id of wanted ?? []) {
    if (!programme.sessions.some((s) => s.id === id))
      return fail(
        "unknown_session",
        `sessionIds: no session "${id}" in programme "${programme.id}"`,
        ["sessionIds"],
      );
  }
  const from = options.fromDate ?? "";
  const sessions = programme.sessions.map((s) => {
    const selected =
      s.status === "scheduled" && (wanted === undefined || wanted.has(s.id)) && s.date >= from;
    return selected && s.venue !== venue ? { ...s, venue, sequence: s.sequence + 1 } : s;
  });
  const all = wanted === undefined && options.fromDate === undefined;
  return ok({
    ...programme,
    sessions,
    ...(all ? { schedule: { ...programme.schedule, venue } } : {}),
  });
}
