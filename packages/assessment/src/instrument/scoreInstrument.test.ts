import { describe, expect, it } from "vitest";
import { uniform } from "../__fixtures__/answers.ts";
import { PHQ9 } from "../instruments/phq9.ts";
import { testInstrument } from "../__fixtures__/testInstrument.ts";
import { defineInstrument } from "./defineInstrument.ts";
import { scoreInstrument } from "./scoreInstrument.ts";
import type { InstrumentResponses } from "./types/item.ts";

const yesNo = [{ value: 0 }, { value: 1 }] as const;

/** A 15-item yes/no scale prorated like the NACC GDS rule (at most 3 missing, round half up). */
const GDS_LIKE = defineInstrument(
  testInstrument({
    id: "gds_like",
    source: "naccdata/uniform-data-set PR #365 (pattern only)",
    items: Array.from({ length: 15 }, (_, i) => ({ id: `q${i + 1}`, options: yesNo })),
    total: { method: "sum", label: "Total" },
    missing: { kind: "prorate", maxMissing: 3, rounding: "half_up" },
  }),
);

const REVERSED = defineInstrument(
  testInstrument({
    id: "reversed",
    items: ["a", "b", "c"].map((id) => ({
      id,
      options: [1, 2, 3, 4, 5].map((value) => ({ value })),
    })),
    reverseScored: ["b"],
    subscales: [{ id: "ab", label: "A and B", items: ["a", "b"], method: "mean" }],
    total: { method: "sum", label: "Total" },
    missing: { kind: "require_all" },
    flags: [{ id: "high_total", severity: "information", atLeast: 12, message: "High total" }],
  }),
);

describe("scoreInstrument: missing data", () => {
  it("prorates the NACC GDS example: 12 answered summing to 5, 3 missing → 5 + (5/12)×3 = 6.25 → 6", () => {
    const responses: Record<string, number> = {};
    for (let i = 1; i <= 12; i++) responses[`q${i}`] = i <= 5 ? 1 : 0;
    const result = scoreInstrument(GDS_LIKE, responses);
    expect(result.success && result.data).toMatchObject({
      total: 6,
      rawTotal: 5,
      prorated: true,
      answered: 12,
      missing: ["q13", "q14", "q15"],
    });
    if (result.success)
      expect(result.data.explanation).toContain(
        "prorated to 15 items (5 × 15 ÷ 12), rounded half up, = 6",
      );
  });

  it("rounds .5 up when prorating: 6 of 12 → 7.5 → 8", () => {
    const responses: Record<string, number> = {};
    for (let i = 1; i <= 12; i++) responses[`q${i}`] = i <= 6 ? 1 : 0;
    const result = scoreInstrument(GDS_LIKE, responses);
    expect(result.success && result.data.total).toBe(8);
  });

  it("refuses to prorate when more items are missing than the rule allows, naming every missing item", () => {
    const result = scoreInstrument(GDS_LIKE, {
      q1: 1,
      q2: 0,
      q3: 1,
      q4: 1,
      q5: 0,
      q6: 1,
      q7: 0,
      q8: 1,
      q9: 1,
      q10: 0,
      q11: 1,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.code, i.path?.join(".")])).toEqual([
      ["too_many_missing", "items.q12"],
      ["too_many_missing", "items.q13"],
      ["too_many_missing", "items.q14"],
      ["too_many_missing", "items.q15"],
    ]);
  });

  it("treats null and undefined as unanswered", () => {
    const result = scoreInstrument(PHQ9, { ...uniform(PHQ9, 1), phq9_2: null, phq9_3: undefined });
    expect(result.success ? [] : result.error.issues.map((i) => i.path?.join("."))).toEqual([
      "items.phq9_2",
      "items.phq9_3",
    ]);
  });
});

describe("scoreInstrument: invalid answers", () => {
  it("names every out-of-range, wrong-type, missing and unknown item, and returns no number", () => {
    const responses = {
      ...uniform(PHQ9, 1),
      phq9_3: 7,
      phq9_4: "2",
      phq9_5: 1.5,
      phq9_6: null,
      phq9_10: 1,
    } as unknown as InstrumentResponses;
    const result = scoreInstrument(PHQ9, responses);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("invalid_responses");
    expect(result.error.issues.map((i) => i.message)).toEqual([
      "items.phq9_10: phq9 has no item with this id",
      "items.phq9_3: expected one of 0, 1, 2, 3, got a number",
      "items.phq9_4: expected one of 0, 1, 2, 3, got a string of 1 characters",
      "items.phq9_5: expected one of 0, 1, 2, 3, got a number",
      "items.phq9_6: no answer; PHQ-9 needs every item answered",
    ]);
    expect(result.error).not.toHaveProperty("data");
  });

  it("rejects something that is not an object", () => {
    for (const bad of [null, 3, "x", [1, 2]]) {
      const result = scoreInstrument(PHQ9, bad as unknown as InstrumentResponses);
      expect(result.success ? undefined : result.error.issues[0]!.code).toBe("not_an_object");
    }
  });

  it("does not read inherited properties as answers", () => {
    const inherited = Object.create(uniform(PHQ9, 1)) as InstrumentResponses;
    const result = scoreInstrument(PHQ9, inherited);
    expect(result.success ? 0 : result.error.issues.length).toBe(9);
  });

  it("does not read an inherited last item even when the own keys come in item order", () => {
    const eight = Object.fromEntries(Object.entries(uniform(PHQ9, 1)).slice(0, 8));
    const responses: InstrumentResponses = Object.assign(
      Object.create({ phq9_9: 3 }) as object,
      eight,
    );
    const result = scoreInstrument(PHQ9, responses);
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["missing_answer", ["items", "phq9_9"]],
    ]);
    // An inherited phq9_9 = 3 is no answer, so it raises no safety flag either.
    expect(result.success ? undefined : result.error.flags).toEqual([]);
  });

  it("scores answers in item order on an object without a prototype", () => {
    const responses: InstrumentResponses = Object.assign(
      Object.create(null) as object,
      uniform(PHQ9, 1),
    );
    const result = scoreInstrument(PHQ9, responses);
    expect(result.success ? result.data.total : undefined).toBe(9); // 9 items × 1, derived
  });

  it("names an unknown key that follows the items in order", () => {
    const result = scoreInstrument(PHQ9, { ...uniform(PHQ9, 0), phq9_10: 1 });
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual([
      ["items", "phq9_10"],
    ]);
  });

  it("returns invalid_definition, not a throw, for an unchecked broken instrument", () => {
    const result = scoreInstrument({ ...PHQ9, reverseScored: ["nope"] }, uniform(PHQ9, 1));
    expect(result.success ? undefined : result.error.code).toBe("invalid_definition");
  });
});

describe("scoreInstrument: reverse scoring, subscales and flags", () => {
  it("reverse-scores item b as 6 − answer and averages the mean subscale", () => {
    const result = scoreInstrument(REVERSED, { a: 5, b: 1, c: 2 });
    expect(result.success && result.data).toMatchObject({
      total: 5 + 5 + 2,
      subscales: [{ id: "ab", score: 5 }],
      flags: [{ id: "high_total", value: 12 }],
    });
    if (result.success) expect(result.data.explanation).toContain("reverse-scored: b");
  });

  it("explains the score in words", () => {
    const result = scoreInstrument(PHQ9, { ...uniform(PHQ9, 1), phq9_9: 0 });
    expect(result.success && result.data.explanation).toBe(
      "PHQ-9: 9 of 9 items answered. PHQ-9 total = sum of item scores = 8 (possible 0–27). Depression severity: Mild (5–9; Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606).",
    );
  });
});
