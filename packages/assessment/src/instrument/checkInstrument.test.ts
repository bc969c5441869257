import { describe, expect, it } from "vitest";
import { PHQ9 } from "../instruments/phq9.ts";
import { SWEMWBS } from "../instruments/swemwbs.ts";
import { checkInstrument } from "./checkInstrument.ts";
import type { Band } from "./types/banding.ts";
import type { Instrument } from "./types/instrument.ts";

const base: Instrument = {
  id: "demo",
  title: "Demo",
  version: "1",
  source: "Test",
  licence: { status: "public_domain", holder: "Test", attribution: "" },
  items: ["a", "b", "c"].map((id) => ({ id, options: [{ value: 0 }, { value: 1 }, { value: 2 }] })),
  total: { method: "sum", label: "Total" },
  missing: { kind: "require_all" },
};

function withBands(bands: readonly Band[]): Instrument {
  return { ...base, bandings: [{ id: "severity", label: "Severity", source: "Test", bands }] };
}

function issuesOf(instrument: Instrument) {
  const result = checkInstrument(instrument);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ code: i.code, message: i.message }));
}

const band = (code: string, min: number, max: number, severity = 0): Band => ({
  code,
  label: code,
  min,
  max,
  severity,
});

describe("checkInstrument", () => {
  it("accepts every built-in and a minimal definition", () => {
    expect(checkInstrument(PHQ9).success).toBe(true);
    expect(checkInstrument(SWEMWBS).success).toBe(true);
    expect(checkInstrument(base).success).toBe(true);
  });

  it("reports a gap between bands, naming both bands and where the next should start", () => {
    expect(issuesOf(withBands([band("low", 0, 2), band("high", 4, 6)]))).toEqual([
      {
        code: "band_gap",
        message:
          "bandings.0.bands.high: banding severity: gap between low (ends 2) and high (starts 4); expected high to start at 3",
      },
    ]);
  });

  it("reports a band code used twice in one banding", () => {
    expect(
      issuesOf(withBands([band("low", 0, 2), band("low", 3, 6)])).map((i) => i.message),
    ).toEqual(["bandings.0.bands: banding severity uses band code low twice"]);
  });

  it("reports overlapping bands", () => {
    expect(issuesOf(withBands([band("low", 0, 3), band("high", 3, 6)])).map((i) => i.code)).toEqual(
      ["band_overlap"],
    );
  });

  it("reports bands that stop short of the scale or run past it", () => {
    expect(issuesOf(withBands([band("low", 1, 2), band("high", 3, 5)])).map((i) => i.code)).toEqual(
      ["band_gap", "band_gap"],
    );
    expect(issuesOf(withBands([band("low", 0, 2), band("high", 3, 9)])).map((i) => i.code)).toEqual(
      ["band_out_of_range"],
    );
  });

  it("reports an unknown item in a subscale", () => {
    const issues = issuesOf({
      ...base,
      subscales: [{ id: "s", label: "S", items: ["a", "z"], method: "sum" }],
    });
    expect(issues).toEqual([
      {
        code: "unknown_item",
        message: "subscales.0.items.1: subscale s lists item z, which the instrument does not have",
      },
    ]);
  });

  it("reports a reverse-scored item with no options", () => {
    const issues = issuesOf({
      ...base,
      items: [...base.items, { id: "d", range: { min: 0, max: 10, integer: true } }],
      reverseScored: ["d"],
    });
    expect(issues.map((i) => i.code)).toEqual(["reverse_item_without_options"]);
    expect(issues[0]!.message).toMatch(/item d is reverse-scored but has no response options/);
  });

  it("reports every problem at once, not only the first", () => {
    const issues = issuesOf({
      ...withBands([band("low", 0, 2), band("high", 4, 6)]),
      reverseScored: ["nope"],
      subscales: [{ id: "s", label: "S", items: ["zz"], method: "sum" }],
      flags: [{ id: "f", severity: "safety", item: "qq", atLeast: 1, message: "m" }],
    });
    expect(issues.map((i) => i.code).sort()).toEqual([
      "band_gap",
      "unknown_item",
      "unknown_item",
      "unknown_item",
    ]);
  });

  it("reports duplicate item ids, items without answers and a bad prorating rule", () => {
    const issues = issuesOf({
      ...base,
      items: [...base.items, { id: "a", options: [{ value: 0 }] }, { id: "e" }],
      missing: { kind: "prorate", maxMissing: 9, rounding: "half_up" },
    });
    expect(issues.map((i) => i.code).sort()).toEqual([
      "duplicate_id",
      "invalid_missing_rule",
      "item_without_answers",
    ]);
  });

  it("reports a conversion table that misses a raw total or is not monotonic", () => {
    const issues = issuesOf({
      ...base,
      conversions: [
        {
          id: "m",
          label: "M",
          source: "Test",
          table: [
            [0, 0],
            [1, 2],
            [2, 1],
            [3, 3],
            [4, 4],
          ],
        },
      ],
    });
    expect(issues.map((i) => i.message)).toEqual([
      "conversions.0.table: conversion m has no value for raw totals 5–6",
      "conversions.0.table: conversion m is not non-decreasing in the raw total",
    ]);
  });

  it("reports bandings and flags that name an unknown subscale or conversion", () => {
    const issues = issuesOf({
      ...base,
      bandings: [
        { id: "x", label: "X", source: "T", subscale: "nope", bands: [band("all", 0, 6)] },
        { id: "y", label: "Y", source: "T", conversion: "nope", bands: [band("all", 0, 6)] },
      ],
      flags: [{ id: "f", severity: "clinical", subscale: "nope", atLeast: 1, message: "m" }],
    });
    expect(issues.map((i) => i.code)).toEqual([
      "unknown_subscale",
      "unknown_conversion",
      "unknown_subscale",
    ]);
  });

  it("accepts continuous bands on a mean scale where the next band starts at the previous max", () => {
    const mean: Instrument = {
      ...base,
      total: { method: "mean", label: "Mean" },
      bandings: [
        { id: "m", label: "M", source: "T", bands: [band("low", 0, 1), band("high", 1, 2)] },
      ],
    };
    expect(checkInstrument(mean).success).toBe(true);
  });
});
