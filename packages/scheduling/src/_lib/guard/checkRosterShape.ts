// The shapes of rosterFacilitators' facilitators and previous assignments.
import {
  below,
  checkFields,
  checkItems,
  checkStrings,
  readField,
  type Where,
} from "./checkFields.ts";
import { checkInSpan } from "./spanIssue.ts";

const FN = "rosterFacilitators";

/** Checks one unavailability: a whole day, or a span of two instants within 1900–2200. */
function checkUnavailability(at: Where, item: unknown): void {
  checkFields(at, item, { reason: "string?" });
  if (Object.hasOwn(item as object, "date")) {
    checkFields(at, item, { date: "ISO date" });
    return;
  }
  checkFields(at, item, { start: "ISO date-time", end: "ISO date-time" });
  const { start, end } = item as { readonly start: string; readonly end: string };
  checkInSpan(below(at, ".start"), Date.parse(start));
  checkInSpan(below(at, ".end"), Date.parse(end));
}

/** Checks the facilitators' shapes: ids, names, qualifications, unavailability, a count load. */
export function checkFacilitatorsShape(facilitators: unknown): void {
  checkItems({ fn: FN, path: "facilitators" }, facilitators, (at, facilitator) => {
    checkFields(at, facilitator, { id: "string", name: "string", maxSessions: "count?" });
    const field = (key: string): unknown => readField(at, facilitator as object, key);
    checkStrings(below(at, ".qualifications"), field("qualifications"));
    const unavailable = field("unavailable");
    if (unavailable !== undefined)
      checkItems(below(at, ".unavailable"), unavailable, checkUnavailability);
  });
}

/** Checks the previous assignments, when given. */
export function checkPreviousShape(previous: unknown): void {
  if (previous === undefined) return;
  checkItems({ fn: FN, path: "options.previous" }, previous, (at, assignment) => {
    checkFields(at, assignment, { sessionId: "string" });
    const ids = readField(at, assignment as object, "facilitatorIds");
    checkStrings(below(at, ".facilitatorIds"), ids);
  });
}
