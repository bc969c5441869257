// Checks an instrument definition once and prepares it for scoring. Each part's checks live in
// ./compile/, one per file, and run here in the order their issues are reported.
import { capIssues, err, ok, type Result } from "@carerkit/core";
import type { AssessmentIssue } from "../errors.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentItem } from "../instrument/types/item.ts";
import { checkMissingRule } from "./compile/checkMissingRule.ts";
import { checkReverseScored } from "./compile/checkReverseScored.ts";
import { checkUniqueIds } from "./compile/checkUniqueIds.ts";
import { compileConversions } from "./compile/compileConversions.ts";
import { compileFlags } from "./compile/compileFlags.ts";
import { compileItems } from "./compile/compileItems.ts";
import { compileSubscales } from "./compile/compileSubscales.ts";
import { compileTotalBandings } from "./compile/compileTotalBandings.ts";
import { issue } from "./compile/issue.ts";
import { shapeIssues } from "./compile/shapeIssues.ts";
import { scaleOf } from "./compile/scaleOf.ts";
import type { CompiledInstrument } from "./compile/types.ts";
import { wordExplanations } from "./compile/wordExplanations.ts";

export { findBand } from "./compile/findBand.ts";
export type {
  CompiledBanding,
  CompiledConversion,
  CompiledFlag,
  CompiledInstrument,
  CompiledItem,
  CompiledSubscale,
} from "./compile/types.ts";

const cache = new WeakMap<Instrument, Result<CompiledInstrument, readonly AssessmentIssue[]>>();

/**
 * Checks an instrument and prepares it for scoring; the outcome is cached per frozen instrument
 * object, so scoring many responses pays for the checks once.
 */
export function compileInstrument(
  instrument: Instrument,
): Result<CompiledInstrument, readonly AssessmentIssue[]> {
  // Only frozen definitions (from defineInstrument) are cached: others could change under us.
  const value: unknown = instrument;
  const cacheable = typeof value === "object" && value !== null && Object.isFrozen(value);
  const cached = cacheable ? cache.get(instrument) : undefined;
  if (cached !== undefined) return cached;
  const result = compile(instrument);
  if (cacheable) cache.set(instrument, result);
  return result;
}

function compile(instrument: Instrument): Result<CompiledInstrument, readonly AssessmentIssue[]> {
  const shape = shapeIssues(instrument);
  if (shape.length > 0) return err(capIssues(shape));
  const issues: AssessmentIssue[] = [];
  if (instrument.items.length === 0)
    issues.push(issue("empty_instrument", ["items"], "expected at least one item"));

  const ids = instrument.items.map((item) => (item as InstrumentItem | null)?.id ?? "");
  checkUniqueIds(ids, { path: "items", noun: "item" }, issues);
  const reverse = checkReverseScored(instrument, new Set(ids), issues);
  const { items, index } = compileItems(instrument.items, reverse, issues);
  const total = scaleOf(items, instrument.total.method);
  checkMissingRule(instrument, issues);

  const subscaleDefs = instrument.subscales ?? [];
  checkUniqueIds(
    subscaleDefs.map((s) => s.id),
    { path: "subscales", noun: "subscale" },
    issues,
  );
  const bandingDefs = instrument.bandings ?? [];
  checkUniqueIds(
    bandingDefs.map((b) => b.id),
    { path: "bandings", noun: "banding" },
    issues,
  );
  const subscales = compileSubscales(subscaleDefs, { items, index, bandings: bandingDefs }, issues);
  const conversionDefs = instrument.conversions ?? [];
  const conversions = compileConversions(
    conversionDefs,
    { total, meanTotal: instrument.total.method === "mean", bandings: bandingDefs },
    issues,
  );
  const totalBandings = compileTotalBandings(
    bandingDefs,
    {
      total,
      subscaleIds: new Set(subscaleDefs.map((s) => s.id)),
      conversionIds: new Set(conversionDefs.map((c) => c.id)),
    },
    issues,
  );
  const { itemFlags, scoreFlags } = compileFlags(
    instrument.flags ?? [],
    { items, index, subscales: subscaleDefs },
    issues,
  );

  if (issues.length > 0) return err(capIssues(issues));
  const { words, bandsByTotal } = wordExplanations(instrument, {
    itemCount: items.length,
    total,
    totalBandings,
    subscales,
    conversions,
    itemFlags,
  });
  return ok({
    words,
    bandsByTotal,
    instrument,
    items,
    index,
    totalMin: total.min,
    totalMax: total.max,
    integerTotal: total.integer,
    totalBandings,
    subscales,
    conversions,
    itemFlags,
    scoreFlags,
  });
}
