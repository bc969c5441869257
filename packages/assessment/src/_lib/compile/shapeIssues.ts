import type { AssessmentIssue } from "../../errors.ts";
import { InstrumentSchema } from "./InstrumentSchema.ts";

/**
 * The `missing_field` issues of a value that is not shaped like an instrument (none when it is),
 * so that the checks after it read only well-typed data. A property that throws when read is
 * reported as an issue too.
 */
export function shapeIssues(value: unknown): AssessmentIssue[] {
  let parsed;
  try {
    parsed = InstrumentSchema.safeParse(value);
  } catch {
    return [
      { code: "missing_field", path: [], message: "instrument: a property could not be read" },
    ];
  }
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    return {
      code: "missing_field",
      path,
      message: `${path.length === 0 ? "instrument" : path.join(".")}: ${issue.message}`,
    };
  });
}
