import { isCarerKitError } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { MAX_ISSUES } from "@carerkit/core";
import { SWEMWBS } from "../instruments/swemwbs.ts";
import { checkInstrument } from "./checkInstrument.ts";
import { defineInstrument } from "./defineInstrument.ts";
import { safeParseInstrument } from "./safeParseInstrument.ts";
import type { Instrument } from "./types/instrument.ts";

/** SWEMWBS with item 1's top option worth `value`: raw totals 36 to value + 30 have no metric score. */
function swemwbsWithOption(value: number): Instrument {
  const [first, ...rest] = SWEMWBS.items;
  if (first === undefined) throw new Error("SWEMWBS has items");
  const options = (first.options ?? []).map((o, i, all) =>
    i === all.length - 1 ? { ...o, value } : o,
  );
  return { ...SWEMWBS, items: [{ ...first, options }, ...rest] };
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("a definition whose total spans a huge range", () => {
  it.each([
    [1e6, "36–1,000,030"],
    [1e9, "36–1,000,000,030"],
  ])(
    "with an option worth %d, reports one issue naming the raw totals %s, without walking them",
    (value, run) => {
      const expected = [
        {
          code: "invalid_conversion",
          path: ["conversions", 0, "table"],
          message: `conversions.0.table: conversion metric has no value for raw totals ${run}`,
        },
      ];
      const checked = checkInstrument(swemwbsWithOption(value));
      expect(checked.success ? [] : checked.error.issues).toEqual(expected);
      const parsed = safeParseInstrument(JSON.parse(JSON.stringify(swemwbsWithOption(value))));
      expect(parsed.success ? [] : parsed.error.issues).toEqual(expected);
      const thrown = thrownBy(() => defineInstrument(swemwbsWithOption(value)));
      expect(isCarerKitError(thrown) && thrown.issues).toEqual(expected);
    },
  );

  it("handles an item with 150,000 options without overflowing the stack", () => {
    const options = Array.from({ length: 150_000 }, (_, value) => ({ value }));
    const wide: Instrument = { ...SWEMWBS, items: [{ id: "wide", options }] };
    const checked = checkInstrument(wide);
    expect(checked.success ? [] : checked.error.issues.map((i) => i.code)).toEqual([
      "invalid_conversion",
      "invalid_conversion",
    ]);
  });
});

describe("issue lists", () => {
  it("list at most 100 issues, then one counting the rest", () => {
    const table: [number, number][] = Array.from({ length: 250 }, () => [7, 0]);
    const repeated: Instrument = {
      ...SWEMWBS,
      conversions: [{ id: "metric", label: "M", source: "T", table }],
    };
    const checked = checkInstrument(repeated);
    const issues = checked.success ? [] : checked.error.issues;
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({
      code: "too_many_issues",
      path: [],
      message: "and 150 more problems, not listed",
    });
  });
});

describe("hostile nesting", () => {
  it("defineInstrument leaves a definition carrying a 100,000-deep extra key unchanged", () => {
    let deep: unknown = [];
    for (let d = 0; d < 100_000; d++) deep = [deep];
    const definition = { ...JSON.parse(JSON.stringify(SWEMWBS)), extra: deep } as Instrument;
    const defined = defineInstrument(definition);
    expect(Object.isFrozen(defined) && !Object.isFrozen(definition)).toBe(true);
    expect(defined).not.toHaveProperty("extra");
  });
});
