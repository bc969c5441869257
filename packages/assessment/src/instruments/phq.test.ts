import { describe, expect, it } from "vitest";
import { answers, omit, summingTo, uniform } from "../__fixtures__/answers.ts";
import { scoreInstrument } from "../instrument/scoreInstrument.ts";
import { GAD2 } from "./gad2.ts";
import { GAD7 } from "./gad7.ts";
import { PHQ2 } from "./phq2.ts";
import { PHQ4 } from "./phq4.ts";
import { PHQ9 } from "./phq9.ts";

function scored(result: ReturnType<typeof scoreInstrument>) {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

describe("PHQ-9 (Kroenke, Spitzer & Williams 2001)", () => {
  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately_severe"],
    [19, "moderately_severe"],
    [20, "severe"],
    [27, "severe"],
  ])("a total of %i falls in the %s band", (total, band) => {
    // Item 9 is left at 0 where possible so the safety flag does not mask the band test.
    const result = scored(scoreInstrument(PHQ9, summingTo(PHQ9, total, [0, 3])));
    expect(result.total).toBe(total);
    expect(result.band?.code).toBe(band);
  });

  it("all items at 'Nearly every day' scores 27, severe, and raises the item 9 safety flag", () => {
    const result = scored(scoreInstrument(PHQ9, uniform(PHQ9, 3)));
    expect(result.total).toBe(27);
    expect(result.flags).toEqual([
      expect.objectContaining({ id: "phq9_self_harm_thoughts", severity: "safety", value: 3 }),
    ]);
  });

  it("raises the safety flag for item 9 = 1 even when the total is minimal", () => {
    const result = scored(scoreInstrument(PHQ9, { ...uniform(PHQ9, 0), phq9_9: 1 }));
    expect(result.band?.code).toBe("minimal");
    expect(result.flags.map((f) => f.severity)).toEqual(["safety"]);
  });

  it("raises no flag when item 9 is 0", () => {
    expect(scored(scoreInstrument(PHQ9, { ...uniform(PHQ9, 2), phq9_9: 0 })).flags).toEqual([]);
  });

  it("keeps the safety flag when the score cannot be computed because other items are missing", () => {
    const result = scoreInstrument(PHQ9, { phq9_9: 2 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.flags.map((f) => f.id)).toEqual(["phq9_self_harm_thoughts"]);
    expect(result.error.issues).toHaveLength(8);
  });

  it("ships the public-domain wording with the Pfizer attribution", () => {
    expect(PHQ9.items[8]!.text).toMatch(/better off dead/);
    expect(PHQ9.items[0]!.options![0]!.label).toBe("Not at all");
    expect(PHQ9.licence.status).toBe("public_domain");
    expect(PHQ9.licence.attribution).toMatch(/Pfizer/);
  });

  it("requires every item (no prorating)", () => {
    const eight = omit(uniform(PHQ9, 1), "phq9_1");
    const result = scoreInstrument(PHQ9, eight);
    expect(result.success).toBe(false);
  });
});

describe("GAD-7 (Spitzer et al. 2006)", () => {
  it.each([
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "severe"],
    [21, "severe"],
  ])("a total of %i falls in the %s band", (total, band) => {
    const result = scored(scoreInstrument(GAD7, summingTo(GAD7, total, [0, 3])));
    expect(result.total).toBe(total);
    expect(result.band?.code).toBe(band);
  });

  it("labels the lowest option 'Not at all', not 'Not at all sure' (Zorowitz et al. 2021)", () => {
    for (const item of GAD7.items) expect(item.options![0]!.label).toBe("Not at all");
  });
});

describe("PHQ-4 (Kroenke et al. 2009)", () => {
  it("scores the median response [2,1,2,1] as 6, moderate, with both subscales positive", () => {
    const result = scored(scoreInstrument(PHQ4, answers(PHQ4, [2, 1, 2, 1])));
    expect(result.total).toBe(6);
    expect(result.band?.code).toBe("moderate");
    expect(result.subscales.map((s) => [s.id, s.score, s.bands[0]?.code])).toEqual([
      ["anxiety", 3, "positive"],
      ["depression", 3, "positive"],
    ]);
  });

  it("scores all 0 as 0, normal, both screens negative", () => {
    const result = scored(scoreInstrument(PHQ4, uniform(PHQ4, 0)));
    expect(result.band?.code).toBe("normal");
    expect(result.subscales.every((s) => s.bands[0]?.code === "negative")).toBe(true);
  });

  it("scores all 3 as 12, severe, with subscales of 6", () => {
    const result = scored(scoreInstrument(PHQ4, uniform(PHQ4, 3)));
    expect(result.total).toBe(12);
    expect(result.band?.code).toBe("severe");
    expect(result.subscales.map((s) => s.score)).toEqual([6, 6]);
  });

  it.each([
    [2, "normal"],
    [3, "mild"],
    [5, "mild"],
    [6, "moderate"],
    [8, "moderate"],
    [9, "severe"],
  ])("a total of %i falls in the %s band", (total, band) => {
    expect(scored(scoreInstrument(PHQ4, summingTo(PHQ4, total, [0, 3]))).band?.code).toBe(band);
  });

  it("a subscale of 2 is a negative screen", () => {
    const result = scored(scoreInstrument(PHQ4, answers(PHQ4, [1, 1, 2, 0])));
    expect(result.subscales.map((s) => s.bands[0]?.code)).toEqual(["negative", "negative"]);
  });
});

describe("PHQ-2 and GAD-2", () => {
  it.each([
    ["PHQ-2", 2, "negative"],
    ["PHQ-2", 3, "positive"],
    ["PHQ-2", 6, "positive"],
    ["GAD-2", 2, "negative"],
    ["GAD-2", 3, "positive"],
  ])("%s: a total of %i is a %s screen", (name, total, band) => {
    const instrument = name === "PHQ-2" ? PHQ2 : GAD2;
    expect(
      scored(scoreInstrument(instrument, summingTo(instrument, total, [0, 3]))).band?.code,
    ).toBe(band);
  });

  it("reuse the first two PHQ-9 and GAD-7 items' wording", () => {
    expect(PHQ2.items.map((i) => i.text)).toEqual(PHQ9.items.slice(0, 2).map((i) => i.text));
    expect(GAD2.items.map((i) => i.text)).toEqual(GAD7.items.slice(0, 2).map((i) => i.text));
  });
});
