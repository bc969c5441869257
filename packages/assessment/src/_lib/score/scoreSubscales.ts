import type { CompiledBanding, CompiledInstrument } from "../compile/types.ts";
import { findBand } from "../compile/findBand.ts";
import type { BandResult } from "../../instrument/types/banding.ts";
import { addIssue, NONE, type ScoreDraft } from "./draft.ts";
import { roundAs, roundingOf } from "./scoreTotal.ts";

/** Appends the band `value` falls in, in each banding, to `out`. */
export function bandsOf(
  bandings: readonly CompiledBanding[],
  value: number,
  out: BandResult[],
): void {
  for (const { bands } of bandings) {
    const band = findBand(bands, value);
    if (band !== undefined) out.push(band);
  }
}

// Sum (or mean) of the answered scores (NaN = unanswered) at `indices`.
function combine(
  scores: readonly number[],
  indices: readonly number[],
  method: "sum" | "mean",
): { raw: number; answered: number; count: number } {
  let raw = 0;
  let answered = 0;
  for (const index of indices) {
    const score = scores[index] ?? NaN;
    if (!Number.isNaN(score)) {
      raw += score;
      answered++;
    }
  }
  if (method === "mean" && answered > 0) raw /= answered;
  return { raw, answered, count: indices.length };
}

/**
 * Step 3: each subscale's score, prorated like the total, with its bands; a subscale with too
 * few items answered is an issue.
 */
export function scoreSubscales(compiled: CompiledInstrument, draft: ScoreDraft): void {
  const rule = compiled.instrument.missing;
  const rounding = roundingOf(compiled);
  for (const { subscale, indices, bandings } of compiled.subscales) {
    const part = combine(draft.scores ?? NONE, indices, subscale.method);
    if (
      part.answered === 0 ||
      (rule.kind === "prorate" && part.count - part.answered > rule.maxMissing)
    ) {
      addIssue(draft, {
        code: "too_many_missing",
        path: ["subscales", subscale.id],
        message: `subscales.${subscale.id}: ${part.answered} of ${part.count} items answered, too few to score`,
      });
      continue;
    }
    const value =
      part.answered < part.count && subscale.method === "sum"
        ? roundAs((part.raw * part.count) / part.answered, rounding)
        : part.raw;
    const bands: BandResult[] = [];
    bandsOf(bandings, value, bands);
    (draft.subscales ??= []).push({ id: subscale.id, label: subscale.label, score: value, bands });
  }
}
