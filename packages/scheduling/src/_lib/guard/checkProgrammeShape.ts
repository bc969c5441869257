// Shape checks for templates, sessions and programmes: one flat pass per list, so the cost is
// the size of the input, and every later read in the function is of a checked field.
import {
  below,
  checkFields,
  checkItems,
  checkStrings,
  readField,
  type Where,
} from "./checkFields.ts";
import { checkSessionSpan } from "./spanIssue.ts";

/** Checks a SessionTemplate's shape (its values are checked by checkTemplateValues). */
export function checkSessionTemplateShape(where: Where, session: unknown): void {
  checkFields(where, session, {
    theme: "string",
    title: "string",
    durationMinutes: "finite number",
    facilitatorsRequired: "finite number",
    caredForInvited: "boolean",
    description: "string?",
  });
  checkItems(below(where, ".agenda"), readField(where, session as object, "agenda"), (at, b) => {
    checkFields(at, b, { kind: "string", title: "string", minutes: "finite number" });
  });
  const qualifications = readField(where, session as object, "requiredQualifications");
  checkStrings(below(where, ".requiredQualifications"), qualifications);
}

/** Checks the shape of `fn`'s ProgrammeTemplate. */
export function checkTemplateShape(fn: string, template: unknown): void {
  const where = { fn, path: "template" };
  checkFields(where, template, { id: "string", name: "string", description: "string?" });
  const sessions = readField(where, template as object, "sessions");
  checkItems(below(where, ".sessions"), sessions, checkSessionTemplateShape);
}

/**
 * Checks a ProgrammeSession's shape: `start` and `end` must be ISO date-times within 1900–2200,
 * at most SCHEDULING_LIMITS.maxSessionMinutes apart (`out_of_span` otherwise).
 */
export function checkSessionShape(where: Where, session: unknown): void {
  checkFields(where, session, {
    id: "string",
    programmeId: "string",
    number: "count",
    zone: "string",
    date: "ISO date",
    startTime: "string",
    endTime: "string",
    start: "ISO date-time",
    end: "ISO date-time",
    originalDate: "string",
    originalStartTime: "string",
    status: { oneOf: ["scheduled", "cancelled"] },
    sequence: "count",
    venue: "string?",
    note: "string?",
  });
  checkSessionTemplateShape(
    below(where, ".content"),
    readField(where, session as object, "content"),
  );
  const { start, end } = session as { readonly start: string; readonly end: string };
  checkSessionSpan(where, { start: Date.parse(start), end: Date.parse(end) });
}

/** Checks a list of ProgrammeSessions at `where`. */
export function checkSessionsShape(where: Where, sessions: unknown): void {
  checkItems(where, sessions, checkSessionShape);
}

/** Checks the shape of `fn`'s Programme: its schedule, policies, sessions and skipped dates. */
export function checkProgrammeShape(fn: string, programme: unknown): void {
  const where = { fn, path: "programme" };
  checkFields(where, programme, {
    id: "string",
    templateId: "string",
    name: "string",
    nonexistentTime: { oneOf: ["skip", "shift"] },
    ambiguousTime: { oneOf: ["earlier", "later"] },
    warnings: "array",
  });
  const field = (key: string): unknown => readField(where, programme as object, key);
  checkFields(below(where, ".schedule"), field("schedule"), {
    programmeId: "string",
    startDate: "string",
    startTime: "string",
    zone: "string",
    rule: "string?",
    venue: "string?",
  });
  checkSessionsShape(below(where, ".sessions"), field("sessions"));
  checkItems(below(where, ".skipped"), field("skipped"), (at, skipped) => {
    checkFields(at, skipped, { date: "string", reason: "string", title: "string" });
  });
}
