import { err, ok, type Result } from "@carerkit/core";
import {
  compileInstrument,
  findBand,
  type CompiledBanding,
  type CompiledInstrument,
  type CompiledItem,
} from "../_lib/compileInstrument.ts";
import { describeValue } from "../_lib/describeValue.ts";
import type { AssessmentIssue } from "../errors.ts";
import type { BandResult } from "./types/banding.ts";
import type { Instrument } from "./types/instrument.ts";
import type { InstrumentResponses } from "./types/item.ts";
import type {
  ConvertedScore,
  InstrumentScore,
  RaisedFlag,
  ScoringError,
  SubscaleScore,
} from "./types/score.ts";

const hasOwn = (object: object, key: string): boolean => Object.hasOwn(object, key);

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

const NONE: readonly never[] = Object.freeze([]);

function bandsOf(bandings: readonly CompiledBanding[], value: number, out: BandResult[]): void {
  for (const { bands } of bandings) {
    const band = findBand(bands, value);
    if (band !== undefined) out.push(band);
  }
}

function round(value: number, rounding: "half_up" | "none"): number {
  return rounding === "half_up" ? Math.floor(value + 0.5) : value;
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function explain(compiled: CompiledInstrument, score: InstrumentScore): string {
  const { words, instrument } = compiled;
  const index = score.total - compiled.totalMin;
  if (!score.prorated) {
    const whole =
      score.flags.length === 0
        ? compiled.subscales.length === 0 && compiled.conversions.length === 0
          ? words.byTotal[index]
          : undefined
        : words.flaggedByTotal.get(score.flags)?.[index];
    if (whole !== undefined) return whole;
  }
  const fixed = score.prorated ? undefined : words.byTotal[index];
  let text: string;
  if (fixed !== undefined) text = fixed;
  else {
    text = `${words.head}${score.answered}${words.itemsAnswered}${words.method}`;
    if (score.prorated) {
      const n = compiled.items.length;
      const rule = instrument.missing;
      const rounding = rule.kind === "prorate" && rule.rounding === "half_up";
      text +=
        instrument.total.method === "sum"
          ? ` = ${fmt(score.rawTotal)} from ${score.answered} items, prorated to ${n} items (${fmt(score.rawTotal)} × ${n} ÷ ${score.answered})${rounding ? ", rounded half up," : ""} = ${fmt(score.total)}`
          : ` of the ${score.answered} answered items = ${fmt(score.total)}`;
    } else text += " = " + fmt(score.total);
    text += words.range;
    for (const band of score.bands.slice(0, compiled.totalBandings.length))
      text += words.bands.get(band) ?? "";
  }
  for (const subscale of score.subscales) {
    text += ` ${subscale.label}: ${fmt(subscale.score)}.`;
    for (const band of subscale.bands) text += words.bands.get(band) ?? "";
  }
  for (const conversion of score.conversions)
    text += ` ${conversion.label}: ${fmt(conversion.value)} (published conversion table).`;
  // Bands of the total come first (every banding covers its scale), then those of conversions.
  for (let b = compiled.totalBandings.length; b < score.bands.length; b++) {
    const band = score.bands[b];
    if (band !== undefined) text += words.bands.get(band) ?? "";
  }
  for (const flag of score.flags) text += words.flags.get(flag.id) ?? "";
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
  let issues: AssessmentIssue[] | undefined;

  if (typeof responses !== "object" || (responses as unknown) === null || Array.isArray(responses))
    return failure(
      compiled,
      [
        {
          code: "not_an_object",
          path: [],
          message: `responses: expected an object keyed by item id, got ${describeValue(responses)}`,
        },
      ],
      NONE,
    );

  const n = items.length;
  const keys = Object.keys(responses);
  // Fast path: answers keyed in item order, as forms and FHIR produce them.
  let known = 0;
  if (keys.length === n) while (known < n && keys[known] === items[known]?.id) known++;
  if (known < n) {
    known = 0;
    for (const key of keys)
      if (index.has(key)) known++;
      else
        (issues ??= []).push({
          code: "unknown_item",
          path: ["items", key],
          message: `items.${key}: ${compiled.instrument.id} has no item with this id`,
        });
  }
  // Item scores are kept only when subscales need them.
  const scores = compiled.subscales.length > 0 ? new Array<number>(n) : undefined;
  let missing: string[] | undefined;
  let raw = 0;
  let answered = 0;
  let i = -1;
  for (const item of items) {
    i++;
    // When the own keys are exactly the item ids, no answer can be inherited.
    const value: unknown =
      known === n || hasOwn(responses, item.id) ? responses[item.id] : undefined;
    if (value === undefined || value === null) {
      (missing ??= []).push(item.id);
      if (scores !== undefined) scores[i] = NaN;
    } else if (typeof value === "number" && accepts(item, value)) {
      const score = item.reverse ? item.lo + item.hi - value : value;
      if (scores !== undefined) scores[i] = score;
      raw += score;
      answered++;
    } else {
      if (scores !== undefined) scores[i] = NaN;
      (issues ??= []).push({
        code: "out_of_range",
        path: ["items", item.id],
        message: `items.${item.id}: expected ${item.expected}, got ${describeValue(value)}`,
      });
    }
  }

  // Item flags use the recorded answer, and are raised whatever else is wrong.
  let flags: readonly RaisedFlag[] | undefined;
  for (const { rule, target, raised } of compiled.itemFlags) {
    const item = items[target];
    if (item === undefined) continue;
    const value = known === n || hasOwn(responses, item.id) ? responses[item.id] : undefined;
    if (typeof value === "number" && value >= rule.atLeast && accepts(item, value)) {
      const shared = raised?.get(value);
      // One flag: the shared frozen `[flag]`; more: a fresh array.
      flags =
        flags === undefined && shared !== undefined
          ? shared
          : [
              ...(flags ?? NONE),
              ...(shared ?? [
                { id: rule.id, severity: rule.severity, message: rule.message, value },
              ]),
            ];
    }
  }

  const rule = compiled.instrument.missing;
  if (missing !== undefined) {
    if (rule.kind === "require_all")
      for (const id of missing)
        (issues ??= []).push({
          code: "missing_answer",
          path: ["items", id],
          message: `items.${id}: no answer; ${compiled.instrument.shortTitle ?? compiled.instrument.id} needs every item answered`,
        });
    else if (missing.length > rule.maxMissing)
      for (const id of missing)
        (issues ??= []).push({
          code: "too_many_missing",
          path: ["items", id],
          message: `items.${id}: no answer; at most ${rule.maxMissing} of ${n} items may be missing, ${missing.length} are`,
        });
  }
  if (issues !== undefined) return failure(compiled, issues, flags ?? NONE);

  const rounding = rule.kind === "prorate" ? rule.rounding : "none";
  const method = compiled.instrument.total.method;
  const prorated = missing !== undefined;
  if (method === "mean") raw /= answered;
  const total = prorated && method === "sum" ? round((raw * n) / answered, rounding) : raw;

  let subscales: SubscaleScore[] | undefined;
  for (const { subscale, indices, bandings } of compiled.subscales) {
    const part = combine(scores ?? NONE, indices, subscale.method);
    if (
      part.answered === 0 ||
      (rule.kind === "prorate" && part.count - part.answered > rule.maxMissing)
    ) {
      (issues ??= []).push({
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
    const bands: BandResult[] = [];
    bandsOf(bandings, value, bands);
    (subscales ??= []).push({ id: subscale.id, label: subscale.label, score: value, bands });
  }

  const shared =
    compiled.conversions.length === 0
      ? compiled.bandsByTotal[total - compiled.totalMin]
      : undefined;
  const bands: BandResult[] = [];
  if (shared === undefined) bandsOf(compiled.totalBandings, total, bands);
  let conversions: ConvertedScore[] | undefined;
  for (const conversion of compiled.conversions) {
    const value = conversion.map.get(total);
    if (value === undefined) {
      (issues ??= []).push({
        code: "not_convertible",
        path: ["total"],
        message: `total: ${fmt(total)} is not a whole raw total in the ${conversion.label} table`,
      });
      continue;
    }
    (conversions ??= []).push({ id: conversion.id, label: conversion.label, value });
    bandsOf(conversion.bandings, value, bands);
  }
  if (issues !== undefined) return failure(compiled, issues, flags ?? NONE);

  for (const { rule: flag, target } of compiled.scoreFlags) {
    const value = target === -1 ? total : subscales?.[-2 - target]?.score;
    if (value !== undefined && value >= flag.atLeast)
      flags = [
        ...(flags ?? NONE),
        { id: flag.id, severity: flag.severity, message: flag.message, value },
      ];
  }

  const primary = compiled.totalBandings.length > 0 ? (shared ?? bands)[0] : undefined;
  const score: Mutable<InstrumentScore> = {
    instrumentId: compiled.instrument.id,
    instrumentVersion: compiled.instrument.version,
    total,
    rawTotal: raw,
    subscales: subscales ?? NONE,
    band: primary,
    bands: shared ?? bands,
    conversions: conversions ?? NONE,
    flags: flags ?? NONE,
    answered,
    missing: missing ?? NONE,
    prorated,
    explanation: "",
  };
  score.explanation = explain(compiled, score);
  return ok(score);
}
