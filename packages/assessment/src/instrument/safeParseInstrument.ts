import { ok, type Result } from "@carerkit/core";
import { InstrumentSchema } from "../_lib/compile/InstrumentSchema.ts";
import type { AssessmentError } from "../errors.ts";
import { checkInstrument } from "./checkInstrument.ts";
import type { Instrument } from "./types/instrument.ts";

/**
 * Validates an instrument definition loaded at run time (for example a service's own local scale
 * kept as JSON): first its shape, then everything {@link checkInstrument} checks.
 *
 * @param input - Parsed JSON or any value.
 * @returns The instrument, or an `invalid_definition` error listing every problem.
 * @example
 * const loaded = safeParseInstrument(JSON.parse(await readFile("local-scale.json", "utf8")));
 * if (loaded.success) scoreInstrument(loaded.data, responses);
 */
export function safeParseInstrument(input: unknown): Result<Instrument, AssessmentError> {
  const checked = checkInstrument(input as Instrument);
  // The shape is known good here, so parsing again only strips unknown keys.
  return checked.success ? ok(InstrumentSchema.parse(input)) : checked;
}
