import type { CompiledInstrument } from "../compile/types.ts";
import type { ScoreDraft } from "./draft.ts";

/** Rounds as a missing-data rule says: `half_up` to the nearest whole number, .5 up. */
export function roundAs(value: number, rounding: "half_up" | "none"): number {
  return rounding === "half_up" ? Math.floor(value + 0.5) : value;
}

/** The rounding of prorated scores under the instrument's missing-data rule. */
export function roundingOf(compiled: CompiledInstrument): "half_up" | "none" {
  const rule = compiled.instrument.missing;
  return rule.kind === "prorate" ? rule.rounding : "none";
}

/**
 * Step 2c: the total, a mean or a sum; a sum with items missing is prorated
 * (raw × items ÷ answered) and rounded as the missing-data rule says.
 */
export function scoreTotal(compiled: CompiledInstrument, draft: ScoreDraft): void {
  const n = compiled.items.length;
  const prorated = draft.missing !== undefined;
  const method = compiled.instrument.total.method;
  if (method === "mean") draft.raw /= draft.answered;
  draft.prorated = prorated;
  draft.total =
    prorated && method === "sum"
      ? roundAs((draft.raw * n) / draft.answered, roundingOf(compiled))
      : draft.raw;
}
