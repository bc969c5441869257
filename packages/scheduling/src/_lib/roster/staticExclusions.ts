import type { ProgrammeSession } from "../../planning/types.ts";
import type { Facilitator, FacilitatorExclusion } from "../../rostering/types.ts";
import { humanDate } from "../localTime.ts";
import { overlaps, type Span } from "./span.ts";

/** Why facilitator fi can never take session si, or undefined when nothing rules it out. */
export type StaticExclusion = (fi: number, si: number) => FacilitatorExclusion | undefined;

/**
 * The exclusions known before any assignment: a missing qualification, or unavailability on the
 * session's date or overlapping its time.
 */
export function staticExclusions(
  active: readonly ProgrammeSession[],
  facilitators: readonly Facilitator[],
  spans: readonly Span[],
): StaticExclusion {
  const unavailable = facilitators.map((f) =>
    (f.unavailable ?? []).map((u) =>
      "date" in u
        ? { date: u.date, span: undefined, reason: u.reason }
        : {
            date: undefined,
            span: { start: Date.parse(u.start), end: Date.parse(u.end) },
            reason: u.reason,
          },
    ),
  );
  return (fi, si) => {
    const f = facilitators[fi];
    const s = active[si];
    const span = spans[si];
    if (f === undefined || s === undefined || span === undefined) return undefined;
    const missing = s.content.requiredQualifications.filter((q) => !f.qualifications.includes(q));
    if (missing.length > 0)
      return {
        facilitatorId: f.id,
        name: f.name,
        reason: "not_qualified",
        detail: "not qualified",
      };
    for (const u of unavailable[fi] ?? []) {
      const clash = u.span === undefined ? u.date === s.date : overlaps(span, u.span);
      if (clash)
        return {
          facilitatorId: f.id,
          name: f.name,
          reason: "unavailable",
          detail: `unavailable ${humanDate(s.date)}${u.reason === undefined ? "" : ` (${u.reason})`}`,
        };
    }
    return undefined;
  };
}
