import { describe, expect, it } from "vitest";
import { summingTo, uniform } from "../__fixtures__/answers.ts";
import { scoreInstrument } from "../instrument/scoreInstrument.ts";
import { SWEMWBS } from "./swemwbs.ts";
import { WEMWBS } from "./wemwbs.ts";

function scored(result: ReturnType<typeof scoreInstrument>) {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

describe("WEMWBS", () => {
  it.each([
    [1, 14],
    [3, 42],
    [5, 70],
  ])("all items at %i score %i", (value, total) => {
    expect(scored(scoreInstrument(WEMWBS, uniform(WEMWBS, value))).total).toBe(total);
  });

  it("ships no item wording and is marked licence-required with Warwick's copyright line", () => {
    expect(WEMWBS.items.every((item) => item.text === undefined)).toBe(true);
    expect(WEMWBS.items.every((item) => item.options!.every((o) => o.label === undefined))).toBe(
      true,
    );
    expect(WEMWBS.licence.status).toBe("licence_required");
    expect(WEMWBS.licence.attribution).toMatch(
      /© NHS Health Scotland, The University of Warwick and University of Edinburgh, 2006/,
    );
  });

  it("rejects 0, which is outside the 1–5 response scale", () => {
    const result = scoreInstrument(WEMWBS, { ...uniform(WEMWBS, 3), wemwbs_4: 0 });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]!.message).toBe(
        "items.wemwbs_4: expected one of 1, 2, 3, 4, 5, got a number",
      );
  });
});

describe("SWEMWBS raw → metric conversion (published table)", () => {
  // The full published table (Warwick Medical School; Stewart-Brown et al. 2009), typed in again
  // here from the research notes so that the shipped copy is checked against an independent one.
  const published: Record<number, number> = {
    7: 7.0,
    8: 9.51,
    9: 11.25,
    10: 12.4,
    11: 13.33,
    12: 14.08,
    13: 14.75,
    14: 15.32,
    15: 15.84,
    16: 16.36,
    17: 16.88,
    18: 17.43,
    19: 17.98,
    20: 18.59,
    21: 19.25,
    22: 19.98,
    23: 20.73,
    24: 21.54,
    25: 22.35,
    26: 23.21,
    27: 24.11,
    28: 25.03,
    29: 26.02,
    30: 27.03,
    31: 28.13,
    32: 29.31,
    33: 30.7,
    34: 32.55,
    35: 35.0,
  };

  it.each(Object.entries(published).map(([raw, metric]) => [Number(raw), metric]))(
    "raw %i converts to %d",
    (raw, metric) => {
      const result = scored(scoreInstrument(SWEMWBS, summingTo(SWEMWBS, raw, [1, 5])));
      expect(result.total).toBe(raw);
      expect(result.conversions).toEqual([
        { id: "metric", label: "SWEMWBS metric score", value: metric },
      ]);
    },
  );

  it("all items at 1, 3 and 5 give metric 7.00, 19.25 and 35.00", () => {
    expect(scored(scoreInstrument(SWEMWBS, uniform(SWEMWBS, 1))).conversions[0]!.value).toBe(7);
    expect(scored(scoreInstrument(SWEMWBS, uniform(SWEMWBS, 3))).conversions[0]!.value).toBe(19.25);
    expect(scored(scoreInstrument(SWEMWBS, uniform(SWEMWBS, 5))).conversions[0]!.value).toBe(35);
  });

  it("rejects a non-integer answer rather than converting it", () => {
    const result = scoreInstrument(SWEMWBS, { ...uniform(SWEMWBS, 3), swemwbs_2: 2.5 });
    expect(result.success).toBe(false);
  });

  it("states the minimal important change on the metric scale", () => {
    expect(SWEMWBS.minimalImportantChange).toMatchObject({ conversion: "metric", value: 3 });
  });
});
