import { err, ok, type Result } from "@carerkit/core";
import { compileInstrument } from "../_lib/compileInstrument.ts";
import type { AssessmentError } from "../errors.ts";
import type { Instrument } from "./types/instrument.ts";

/**
 * Validates an instrument definition and returns every problem found: bands with gaps or
 * overlaps or outside the scale, subscales, flags or reverse-scoring naming unknown items,
 * reverse-scored items without options, conversion tables that miss a raw total, and more.
 *
 * @param instrument - The definition to check.
 * @returns The same instrument, or an `invalid_definition` error listing every issue.
 * @example
 * const result = checkInstrument({ ...PHQ9, reverseScored: ["phq9_10"] });
 * result.success; //=> false
 * result.error.issues[0].message; //=> "reverseScored: no item with id phq9_10"
 */
export function checkInstrument(instrument: Instrument): Result<Instrument, AssessmentError> {
  const compiled = compileInstrument(instrument);
  if (compiled.success) return ok(instrument);
  const issues = compiled.error;
  return err({
    code: "invalid_definition",
    message: `instrument ${String((instrument as Partial<Instrument> | null)?.id)}: ${issues.length} problem${issues.length === 1 ? "" : "s"} in the definition`,
    issues,
  });
}
