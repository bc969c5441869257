import { describe, expect, it } from "vitest";
import { answers, summingTo, uniform } from "../__fixtures__/answers.ts";
import { scoreInstrument } from "../instrument/scoreInstrument.ts";
import { ASCOF_CARER_QOL } from "./ascofCarerQol.ts";
import { CSI, MCSI } from "./csi.ts";
import { K10, K6 } from "./kessler.ts";
import { ZBI12, ZBI22, ZBI4 } from "./zarit.ts";

function scored(result: ReturnType<typeof scoreInstrument>) {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

describe("Zarit Burden Interview", () => {
  it.each([
    [0, "little_or_none"],
    [20, "little_or_none"],
    [21, "mild_moderate"],
    [40, "mild_moderate"],
    [41, "moderate_severe"],
    [60, "moderate_severe"],
    [61, "severe"],
    [88, "severe"],
  ])("ZBI-22: a total of %i falls in the %s band", (total, band) => {
    const result = scored(scoreInstrument(ZBI22, summingTo(ZBI22, total, [0, 4])));
    expect(result.total).toBe(total);
    expect(result.band?.code).toBe(band);
  });

  it("ZBI-12: all items at 4 score 48, with no band", () => {
    const result = scored(scoreInstrument(ZBI12, uniform(ZBI12, 4)));
    expect(result.total).toBe(48);
    expect(result.band).toBeUndefined();
  });

  it.each([
    [7, "below"],
    [8, "high"],
    [16, "high"],
  ])("ZBI-4: a total of %i is %s", (total, band) => {
    expect(scored(scoreInstrument(ZBI4, summingTo(ZBI4, total, [0, 4]))).band?.code).toBe(band);
  });

  it("ships no wording for any Zarit form", () => {
    for (const zbi of [ZBI22, ZBI12, ZBI4]) {
      expect(zbi.licence.status).toBe("licence_required");
      expect(zbi.items.some((item) => item.text !== undefined)).toBe(false);
    }
  });
});

describe("Caregiver Strain Index (Robinson 1983)", () => {
  it.each([
    [6, "below"],
    [7, "high"],
    [13, "high"],
  ])("%i yes answers score %i and fall in %s", (yes, band) => {
    const result = scored(scoreInstrument(CSI, summingTo(CSI, yes, [0, 1])));
    expect(result.total).toBe(yes);
    expect(result.band?.code).toBe(band);
  });

  it("rejects an answer of 2, naming the item", () => {
    const result = scoreInstrument(CSI, { ...uniform(CSI, 0), csi_5: 2 });
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual([
      ["items", "csi_5"],
    ]);
  });
});

describe("Modified Caregiver Strain Index (Thornton & Travis 2003)", () => {
  it.each([
    [2, 26],
    [1, 13],
    [0, 0],
  ])("all items at %i score %i", (value, total) => {
    expect(scored(scoreInstrument(MCSI, uniform(MCSI, value))).total).toBe(total);
  });
});

describe("Kessler K10 (AU 1–5 scoring), both bandings", () => {
  it.each([
    [10, "low", "likely_well"],
    [15, "low", "likely_well"],
    [16, "moderate", "likely_well"],
    [19, "moderate", "likely_well"],
    [20, "moderate", "mild"],
    [21, "moderate", "mild"],
    [22, "high", "mild"],
    [24, "high", "mild"],
    [25, "high", "moderate"],
    [29, "high", "moderate"],
    [30, "very_high", "severe"],
    [50, "very_high", "severe"],
  ])("a total of %i is ABS %s and CRUfAD %s", (total, abs, crufad) => {
    const result = scored(scoreInstrument(K10, summingTo(K10, total, [1, 5])));
    expect(result.total).toBe(total);
    expect(result.band?.banding).toBe("k10_abs");
    expect(result.bands.map((b) => [b.banding, b.code])).toEqual([
      ["k10_abs", abs],
      ["k10_crufad", crufad],
    ]);
  });

  it("US scoring 0 and 40 correspond to AU 10 and 50", () => {
    expect(scored(scoreInstrument(K10, uniform(K10, 1))).total - 10).toBe(0);
    expect(scored(scoreInstrument(K10, uniform(K10, 5))).total - 10).toBe(40);
  });
});

describe("Kessler K6", () => {
  it.each([
    [12, "below"],
    [13, "serious"],
    [24, "serious"],
  ])("a total of %i is %s", (total, band) => {
    expect(scored(scoreInstrument(K6, summingTo(K6, total, [0, 4]))).band?.code).toBe(band);
  });
});

describe("ASCOF 1D carer-reported quality of life", () => {
  it("scores all first options 12 and all last options 0", () => {
    expect(scored(scoreInstrument(ASCOF_CARER_QOL, uniform(ASCOF_CARER_QOL, 2))).total).toBe(12);
    expect(scored(scoreInstrument(ASCOF_CARER_QOL, uniform(ASCOF_CARER_QOL, 0))).total).toBe(0);
  });

  it("scores the mixed answers [2,1,1,0,2,1] as 7", () => {
    expect(
      scored(scoreInstrument(ASCOF_CARER_QOL, answers(ASCOF_CARER_QOL, [2, 1, 1, 0, 2, 1]))).total,
    ).toBe(7);
  });

  it("excludes a carer with any question missing", () => {
    const result = scoreInstrument(ASCOF_CARER_QOL, answers(ASCOF_CARER_QOL, [2, 1, 1, 0, 2]));
    expect(result.success ? [] : result.error.issues.map((i) => i.code)).toEqual([
      "missing_answer",
    ]);
  });
});
