import type { AssessmentIssue } from "../../errors.ts";
import type { Banding } from "../../instrument/types/banding.ts";
import type { ConversionTable } from "../../instrument/types/rules.ts";
import { extentOf } from "../extentOf.ts";
import { compileBandingsOf } from "./compileBandingsOf.ts";
import { issue } from "./issue.ts";
import type { CompiledConversion, Scale } from "./types.ts";

type Path = readonly (string | number)[];

/** The table as a map; a raw total listed twice is reported (the later value wins). */
function tableMap(
  conversion: ConversionTable,
  path: Path,
  issues: AssessmentIssue[],
): Map<number, number> {
  const map = new Map<number, number>();
  for (const [raw, value] of conversion.table) {
    if (map.has(raw))
      issues.push(
        issue("invalid_conversion", path, `conversion ${conversion.id} lists raw ${raw} twice`),
      );
    map.set(raw, value);
  }
  return map;
}

/** "36" or "36–7,000,000": a run of raw totals, in words. */
function runOf(from: number, to: number): string {
  const word = (n: number) => n.toLocaleString("en-GB");
  return from === to ? word(from) : `${word(from)}–${word(to)}`;
}

/**
 * The table's values in raw-total order, over the raw totals the total can take. Each run of
 * raw totals with no value is reported once, naming the run: the work is bounded by the table's
 * size, never by the total's range.
 */
function valuesOverTotal(
  conversion: ConversionTable,
  on: { readonly path: Path; readonly map: ReadonlyMap<number, number>; readonly total: Scale },
  issues: AssessmentIssue[],
): number[] {
  const { path, map, total } = on;
  const raws = [...map.keys()]
    .filter((raw) => Number.isInteger(raw) && raw >= total.min && raw <= total.max)
    .sort((a, b) => a - b);
  const missing = (from: number, to: number) => {
    if (from <= to)
      issues.push(
        issue(
          "invalid_conversion",
          path,
          `conversion ${conversion.id} has no value for raw total${from === to ? "" : "s"} ${runOf(from, to)}`,
        ),
      );
  };
  let next = Math.ceil(total.min);
  for (const raw of raws) {
    missing(next, raw - 1);
    next = raw + 1;
  }
  missing(next, Math.floor(total.max));
  return raws.map((raw) => map.get(raw) ?? 0);
}

/** Reports, in one issue, the raw totals in the table that the total cannot take. */
function checkRawTotals(
  conversion: ConversionTable,
  on: { readonly path: Path; readonly map: ReadonlyMap<number, number>; readonly total: Scale },
  issues: AssessmentIssue[],
): void {
  const { path, map, total } = on;
  const outside = [...map.keys()].filter(
    (raw) => raw < total.min || raw > total.max || !Number.isInteger(raw),
  );
  const [first] = outside;
  if (first !== undefined)
    issues.push(
      issue(
        "invalid_conversion",
        path,
        `conversion ${conversion.id} lists ${outside.length === 1 ? `raw ${first}` : `${outside.length} raw totals (first ${first})`}, outside the total's range ${total.min}–${total.max}`,
      ),
    );
}

/** The range of the converted values, for banding them (0–0 when there are none). */
function convertedScale(values: readonly number[]): Scale {
  const { lo, hi } = extentOf(values);
  return values.length > 0
    ? { min: lo, max: hi, integer: false }
    : { min: 0, max: 0, integer: false };
}

function compileConversion(
  conversion: ConversionTable,
  on: {
    readonly c: number;
    readonly total: Scale;
    readonly meanTotal: boolean;
    readonly bandings: readonly Banding[];
  },
  issues: AssessmentIssue[],
): CompiledConversion {
  const { total } = on;
  const path = ["conversions", on.c, "table"];
  if (!total.integer || on.meanTotal)
    issues.push(
      issue(
        "invalid_conversion",
        path,
        `conversion ${conversion.id} needs a whole-number summed total`,
      ),
    );
  const map = tableMap(conversion, path, issues);
  const values = valuesOverTotal(conversion, { path, map, total }, issues);
  checkRawTotals(conversion, { path, map, total }, issues);
  if (values.some((v, i) => v < (values[i - 1] ?? v)))
    issues.push(
      issue(
        "invalid_conversion",
        path,
        `conversion ${conversion.id} is not non-decreasing in the raw total`,
      ),
    );
  const bandings = compileBandingsOf(
    on.bandings,
    { applies: (banding) => banding.conversion === conversion.id, scale: convertedScale(values) },
    issues,
  );
  return { id: conversion.id, label: conversion.label, map, bandings };
}

/**
 * Checks each conversion table (a whole-number summed total, one non-decreasing value for every
 * raw total and nothing else) and compiles it with the bandings that name it.
 */
export function compileConversions(
  conversions: readonly ConversionTable[],
  on: { readonly total: Scale; readonly meanTotal: boolean; readonly bandings: readonly Banding[] },
  issues: AssessmentIssue[],
): CompiledConversion[] {
  return conversions.map((conversion, c) => compileConversion(conversion, { ...on, c }, issues));
}
