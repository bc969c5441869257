import { err, ok, type Result } from "@carerkit/core";
import {
  compileInstrument,
  findBand,
  type CompiledBanding,
  type CompiledInstrument,
  type CompiledItem,
} from "../_lib/compileInstrument.ts";
import type { AssessmentIssue } from "../errors.ts";
import type {
  BandResult,
  ConvertedScore,
  Instrument,
  InstrumentResponses,
  InstrumentScore,
  RaisedFlag,
  ScoringError,
  SubscaleScore,
} from "./types.ts";

const hasOwn = Object.prototype.hasOwnProperty;

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function accepts(item: CompiledItem, value: number): boolean {
  if (item.contiguous) return Number.isInteger(value) && value >= item.lo && value <= item.hi;
  if (item.values !== undefined) return item.values.has(value);
  return (
    Number.isFinite(value) &&
    value >= item.lo &&
    value <= item.hi &&
    (!item.integer || Number.isInteger(value))
  );
}

function bandsOf(bandings: readonly CompiledBanding[], value: number): BandResult[] {
  const out: BandResult[] = [];
  for (const { banding, bands } of bandings) {
    const band = findBand(bands, value);
    if (band !== undefined) out.push({ ...band, banding: banding.id });
  }
  return out;
}

function round(value: number, rounding: "half_up" | "none"): number {
  return rounding === "half_up" ? Math.floor(value + 0.5) : value;
}

/** Sum (or mean) of the answered scores among `indices`, prorated to the full item count. */
function combine(
  scores: readonly (number | undefined)[],
  indices: readonly number[] | undefined,
  method: "sum" | "mean",
): { raw: number; answered: number; count: number } {
  let raw = 0;
  let answered = 0;
  const count = indices === undefined ? scores.length : indices.length;
  for (let k = 0; k < count; k++) {
    const score = scores[indices === undefined ? k : indices[k]!];
    if (score !== undefined) {
      raw += score;
      answered++;
    }
  }
  if (method === "mean" && answered > 0) raw /= answered;
  return { raw, answered, count };
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function explain(
  compiled: CompiledInstrument,
  score: Omit<InstrumentScore, "explanation">,
): string {
  const { instrument } = compiled;
  const name = instrument.shortTitle ?? instrument.title;
  const n = compiled.items.length;
  const method = instrument.total.method === "sum" ? "sum" : "mean";
  let text = `${name}: ${score.answered} of ${n} items answered. ${instrument.total.label} = ${method} of item scores`;
  if (instrument.reverseScored !== undefined && instrument.reverseScored.length > 0)
    text += ` (reverse-scored: ${instrument.reverseScored.join(", ")})`;
  if (score.prorated) {
    const rule = instrument.missing;
    const rounding = rule.kind === "prorate" && rule.rounding === "half_up";
    text +=
      method === "sum"
        ? ` = ${fmt(score.rawTotal)} from ${score.answered} items, prorated to ${n} items (${fmt(score.rawTotal)} × ${n} ÷ ${score.answered})${rounding ? ", rounded half up," : ""} = ${fmt(score.total)}`
        : ` of the ${score.answered} answered items = ${fmt(score.total)}`;
  } else text += ` = ${fmt(score.total)}`;
  text += ` (possible ${fmt(compiled.totalMin)}–${fmt(compiled.totalMax)}).`;
  for (const subscale of score.subscales) text += ` ${subscale.label}: ${fmt(subscale.score)}.`;
  for (const conversion of score.conversions)
    text += ` ${conversion.label}: ${fmt(conversion.value)} (from the published conversion table).`;
  for (const band of score.bands)
    text += ` ${band.banding}: ${band.label} (${fmt(band.min)}–${fmt(band.max)}).`;
  for (const flag of score.flags) text += ` Flag ${flag.id} (${flag.severity}): ${flag.message}`;
  return text;
}

function failure(
  compiled: CompiledInstrument,
  issues: readonly AssessmentIssue[],
  flags: readonly RaisedFlag[],
): Result<never, ScoringError> {
  const name = compiled.instrument.shortTitle ?? compiled.instrument.title;
  return err({
    code: "invalid_responses",
    message: `${name}: cannot score, ${issues.length} problem${issues.length === 1 ? "" : "s"}: ${issues.map((i) => i.message).join("; ")}`,
    issues,
    flags,
  });
}

/**
 * Scores one set of responses to an instrument: total, subscales, bands, conversions, flags,
 * answered and missing items, whether the total was prorated, and an explanation in words.
 * Incomplete or out-of-range answers never produce a number: they produce an error naming every
 * offending item (and still carry any flags the answered items raised, such as PHQ-9 item 9).
 *
 * @param instrument - A built-in or a definition from {@link defineInstrument}.
 * @param responses - Answers keyed by item id; `null`/`undefined`/absent means unanswered.
 * @returns The score, or an `invalid_responses` (or `invalid_definition`) error.
 * @example
 * const result = scoreInstrument(PHQ9, {
 *   phq9_1: 1, phq9_2: 2, phq9_3: 1, phq9_4: 2, phq9_5: 1,
 *   phq9_6: 1, phq9_7: 1, phq9_8: 1, phq9_9: 0,
 * });
 * if (result.success) result.data.band?.label; //=> "Moderate"
 */
export function scoreInstrument(
  instrument: Instrument,
  responses: InstrumentResponses,
): Result<InstrumentScore, ScoringError> {
  const compiledResult = compileInstrument(instrument);
  if (!compiledResult.success) {
    const issues = compiledResult.error;
    return err({
      code: "invalid_definition",
      message: `instrument ${String((instrument as Partial<Instrument> | null)?.id)}: ${issues.length} problem${issues.length === 1 ? "" : "s"} in the definition`,
      issues,
      flags: [],
    });
  }
  const compiled = compiledResult.data;
  const { items, index } = compiled;
  const issues: AssessmentIssue[] = [];

  if (typeof responses !== "object" || (responses as unknown) === null || Array.isArray(responses))
    return failure(
      compiled,
      [
        {
          code: "not_an_object",
          path: [],
          message: `responses: expected an object keyed by item id, got ${describe(responses)}`,
        },
      ],
      [],
    );

  for (const key of Object.keys(responses))
    if (!index.has(key))
      issues.push({
        code: "unknown_item",
        path: ["items", key],
        message: `items.${key}: ${compiled.instrument.id} has no item with this id`,
      });

  const n = items.length;
  const scores = new Array<number | undefined>(n);
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const value: unknown = hasOwn.call(responses, item.id) ? responses[item.id] : undefined;
    if (value === undefined || value === null) {
      missing.push(item.id);
      scores[i] = undefined;
    } else if (typeof value === "number" && accepts(item, value)) {
      scores[i] = item.reverse ? item.lo + item.hi - value : value;
    } else {
      scores[i] = undefined;
      issues.push({
        code: "out_of_range",
        path: ["items", item.id],
        message: `items.${item.id}: expected ${item.expected}, got ${describe(value)}`,
      });
    }
  }

  // Item flags use the recorded answer, and are raised whatever else is wrong.
  let flags: RaisedFlag[] | undefined;
  for (const { rule, target } of compiled.itemFlags) {
    const value = responses[items[target]!.id];
    if (typeof value === "number" && scores[target] !== undefined && value >= rule.atLeast)
      (flags ??= []).push({ id: rule.id, severity: rule.severity, message: rule.message, value });
  }

  const rule = compiled.instrument.missing;
  if (missing.length > 0) {
    if (rule.kind === "require_all")
      for (const id of missing)
        issues.push({
          code: "missing_answer",
          path: ["items", id],
          message: `items.${id}: no answer; ${compiled.instrument.shortTitle ?? compiled.instrument.id} needs every item answered`,
        });
    else if (missing.length > rule.maxMissing)
      for (const id of missing)
        issues.push({
          code: "too_many_missing",
          path: ["items", id],
          message: `items.${id}: no answer; at most ${rule.maxMissing} of ${n} items may be missing, ${missing.length} are`,
        });
  }
  if (issues.length > 0) return failure(compiled, issues, flags ?? []);

  const rounding = rule.kind === "prorate" ? rule.rounding : "none";
  const method = compiled.instrument.total.method;
  const whole = combine(scores, undefined, method);
  const prorated = missing.length > 0;
  const total =
    prorated && method === "sum" ? round((whole.raw * n) / whole.answered, rounding) : whole.raw;

  const subscales: SubscaleScore[] = [];
  for (const { subscale, indices, bandings } of compiled.subscales) {
    const part = combine(scores, indices, subscale.method);
    if (
      part.answered === 0 ||
      (rule.kind === "prorate" && part.count - part.answered > rule.maxMissing)
    ) {
      issues.push({
        code: "too_many_missing",
        path: ["subscales", subscale.id],
        message: `subscales.${subscale.id}: ${part.answered} of ${part.count} items answered, too few to score`,
      });
      continue;
    }
    const value =
      part.answered < part.count && subscale.method === "sum"
        ? round((part.raw * part.count) / part.answered, rounding)
        : part.raw;
    subscales.push({
      id: subscale.id,
      label: subscale.label,
      score: value,
      bands: bandsOf(bandings, value),
    });
  }

  const bands = bandsOf(compiled.totalBandings, total);
  const conversions: ConvertedScore[] = [];
  for (const conversion of compiled.conversions) {
    const value = conversion.map.get(total);
    if (value === undefined) {
      issues.push({
        code: "not_convertible",
        path: ["total"],
        message: `total: ${fmt(total)} is not a whole raw total in the ${conversion.label} table`,
      });
      continue;
    }
    conversions.push({ id: conversion.id, label: conversion.label, value });
    for (const band of bandsOf(conversion.bandings, value)) bands.push(band);
  }
  if (issues.length > 0) return failure(compiled, issues, flags ?? []);

  for (const { rule: flag, target } of compiled.scoreFlags) {
    const value = target === -1 ? total : subscales[-2 - target]?.score;
    if (value !== undefined && value >= flag.atLeast)
      (flags ??= []).push({ id: flag.id, severity: flag.severity, message: flag.message, value });
  }

  const primary = compiled.totalBandings[0];
  const score: Omit<InstrumentScore, "explanation"> = {
    instrumentId: compiled.instrument.id,
    instrumentVersion: compiled.instrument.version,
    total,
    rawTotal: whole.raw,
    subscales,
    band: primary === undefined ? undefined : bands.find((b) => b.banding === primary.banding.id),
    bands,
    conversions,
    flags: flags ?? [],
    answered: whole.answered,
    missing,
    prorated,
  };
  return ok({ ...score, explanation: explain(compiled, score) });
}
