import type { BandResult } from "../../instrument/types/banding.ts";
import type { Instrument } from "../../instrument/types/instrument.ts";
import type { RaisedFlag } from "../../instrument/types/score.ts";
import { findBand } from "./findBand.ts";
import type { CompiledBanding, CompiledInstrument, Scale } from "./types.ts";

/** The instrument's parts that explanations are worded from. */
export type WordingParts = Pick<
  CompiledInstrument,
  "totalBandings" | "subscales" | "conversions" | "itemFlags"
> & {
  readonly itemCount: number;
  readonly total: Scale;
};

type Words = CompiledInstrument["words"];

/** The most whole explanations worded ahead for flagged totals, however many options flags watch. */
const MAX_FLAGGED_WORDINGS = 10_000;

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** " Banding: Band (min–max; source)." for every band of every banding. */
function wordBands(bandings: readonly CompiledBanding[]): Map<BandResult, string> {
  const bandWords = new Map<BandResult, string>();
  for (const { banding, bands } of bandings)
    for (const band of bands)
      bandWords.set(
        band,
        ` ${banding.label}: ${band.label} (${fmt(band.min)}–${fmt(band.max)}; ${banding.source}).`,
      );
  return bandWords;
}

/**
 * For whole-number totals spanning at most 1000 values: the explanation of a complete response
 * up to the total's bands, and those bands, for each total.
 */
function explainEachTotal(
  complete: string,
  on: {
    readonly total: Scale;
    readonly range: string;
    readonly totalBandings: readonly CompiledBanding[];
    readonly bandWords: ReadonlyMap<BandResult, string>;
  },
): Pick<CompiledInstrument, "bandsByTotal"> & { readonly byTotal: string[] } {
  const { total } = on;
  const byTotal: string[] = [];
  const bandsByTotal: (readonly BandResult[])[] = [];
  if (total.integer && total.max - total.min <= 1000)
    for (let t = total.min; t <= total.max; t++) {
      let text = `${complete} = ${t}${on.range}`;
      const bands: BandResult[] = [];
      for (const banding of on.totalBandings) {
        const band = findBand(banding.bands, t);
        if (band === undefined) continue;
        bands.push(band);
        text += on.bandWords.get(band) ?? "";
      }
      byTotal.push(text);
      bandsByTotal.push(Object.freeze(bands));
    }
  return { byTotal, bandsByTotal };
}

/**
 * Words the fixed parts of every explanation once: the head, the method, the range, each band
 * and flag, and whole explanations by total where the instrument is simple enough.
 */
export function wordExplanations(
  instrument: Instrument,
  parts: WordingParts,
): Pick<CompiledInstrument, "words" | "bandsByTotal"> {
  const { total, subscales, conversions } = parts;
  const bandWords = wordBands([
    ...parts.totalBandings,
    ...subscales.flatMap((s) => s.bandings),
    ...conversions.flatMap((c) => c.bandings),
  ]);
  const reversed = instrument.reverseScored ?? [];
  const head = `${instrument.shortTitle ?? instrument.title}: `;
  const itemsAnswered = ` of ${parts.itemCount} items answered. `;
  const method = `${instrument.total.label} = ${instrument.total.method} of item scores${reversed.length > 0 ? ` (reverse-scored: ${reversed.join(", ")})` : ""}`;
  const range = ` (possible ${fmt(total.min)}–${fmt(total.max)}).`;
  const complete = `${head}${parts.itemCount}${itemsAnswered}${method}`;
  const { byTotal, bandsByTotal } = explainEachTotal(complete, {
    total,
    range,
    totalBandings: parts.totalBandings,
    bandWords,
  });
  const flagWords = new Map(
    (instrument.flags ?? []).map((f) => [f.id, ` Flag ${f.id} (${f.severity}): ${f.message}`]),
  );
  const flaggedByTotal = new Map<readonly RaisedFlag[], readonly string[]>();
  const raisedCount = parts.itemFlags.reduce((n, { raised }) => n + (raised?.size ?? 0), 0);
  // Worded ahead only while that stays small (PHQ-9: 3 × 28); scoring words the rest as it goes.
  if (
    subscales.length === 0 &&
    conversions.length === 0 &&
    raisedCount * byTotal.length <= MAX_FLAGGED_WORDINGS
  )
    for (const { raised } of parts.itemFlags)
      for (const shared of raised?.values() ?? [])
        flaggedByTotal.set(
          shared,
          byTotal.map((text) => text + shared.map((f) => flagWords.get(f.id) ?? "").join("")),
        );
  const words: Words = {
    head,
    itemsAnswered,
    method,
    range,
    bands: bandWords,
    flags: flagWords,
    flaggedByTotal,
    byTotal,
  };
  return { words, bandsByTotal };
}
