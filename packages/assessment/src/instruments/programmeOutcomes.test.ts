import { describe, expect, it } from "vitest";
import { summingTo } from "../__fixtures__/answers.ts";
import { scoreInstrument } from "../instrument/scoreInstrument.ts";
import { BRCS } from "./brcs.ts";
import { CARER_CONFIDENCE_KNOWLEDGE } from "./carerConfidenceKnowledge.ts";
import { UCLA3 } from "./ucla3.ts";

function scored(result: ReturnType<typeof scoreInstrument>) {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

describe("UCLA-3 loneliness", () => {
  it("scores 3 (hardly ever on every item) to 9 (often on every item), with no band", () => {
    // Hughes et al. 2004: items coded 1–3, summed, range 3–9.
    expect(scored(scoreInstrument(UCLA3, { ucla3_1: 1, ucla3_2: 1, ucla3_3: 1 })).total).toBe(3);
    const often = scored(scoreInstrument(UCLA3, { ucla3_1: 3, ucla3_2: 3, ucla3_3: 3 }));
    expect([often.total, often.band]).toEqual([9, undefined]);
  });

  it("refuses 0, which is not an answer on the 1–3 coding", () => {
    const result = scoreInstrument(UCLA3, { ucla3_1: 0, ucla3_2: 1, ucla3_3: 1 });
    expect(!result.success && result.error.issues[0]?.path).toEqual(["items", "ucla3_1"]);
  });
});

describe("Brief Resilient Coping Scale", () => {
  it.each([
    [4, "low"],
    [13, "low"],
    [14, "medium"],
    [16, "medium"],
    [17, "high"],
    [20, "high"],
  ])("a total of %i is %s resilient coping (Sinclair & Wallston 2004)", (total, band) => {
    const result = scored(scoreInstrument(BRCS, summingTo(BRCS, total, [1, 5])));
    expect([result.total, result.band?.code]).toEqual([total, band]);
  });
});

describe("carer confidence and knowledge item set", () => {
  it("scores confidence and knowledge as subscale means and the total as the mean of all six", () => {
    // Derived: confidence (3 + 2 + 4) / 3 = 3, knowledge (3 + 2 + 1) / 3 = 2, total 15 / 6 = 2.5.
    const result = scored(
      scoreInstrument(CARER_CONFIDENCE_KNOWLEDGE, {
        cck_1: 3,
        cck_2: 2,
        cck_3: 4,
        cck_4: 3,
        cck_5: 2,
        cck_6: 1,
      }),
    );
    expect(result.total).toBe(2.5);
    expect(result.subscales.map((s) => [s.id, s.score])).toEqual([
      ["confidence", 3],
      ["knowledge", 2],
    ]);
  });

  it("ships its own wording under a free licence", () => {
    expect(CARER_CONFIDENCE_KNOWLEDGE.licence.status).toBe("free_with_attribution");
    expect(CARER_CONFIDENCE_KNOWLEDGE.items.every((i) => i.text !== undefined)).toBe(true);
  });
});
