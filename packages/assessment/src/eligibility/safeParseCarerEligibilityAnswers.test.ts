import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { determineCarerEligibility } from "./determineCarerEligibility.ts";
import { safeParseCarerEligibilityAnswers } from "./safeParseCarerEligibilityAnswers.ts";

const answers = {
  caringForAdult: true,
  careIsNecessary: true,
  healthDeterioratingOrAtRisk: false,
  outcomes: { recreational_activities: { achievableWithoutAssistance: false } },
  significantImpactOnWellbeing: true,
  wellbeingAreasAffected: ["work_education_training_recreation"],
  needsFluctuate: false,
};

describe("safeParseCarerEligibilityAnswers", () => {
  it("accepts the answers of the README's example and they decide the same as typed input", () => {
    const parsed = safeParseCarerEligibilityAnswers(JSON.parse(JSON.stringify(answers)));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toEqual(answers);
    expect(determineCarerEligibility(parsed.data).decision).toBe("eligible");
  });

  it("accepts an empty object: every answer may still be unknown", () => {
    expect(safeParseCarerEligibilityAnswers({})).toEqual({ success: true, data: {} });
  });

  it("names every wrong field, misspelt key and unknown outcome without repeating values", () => {
    const result = safeParseCarerEligibilityAnswers({
      caringForAdult: "Synthetic yes",
      carIsNecessary: true,
      outcomes: {
        gardening: { achievableWithoutAssistance: false },
        nutrition: { endangersHealthOrSafety: 1 },
      },
      wellbeingAreasAffected: ["happiness"],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("invalid_eligibility_answers");
    const byPath = new Map(result.error.issues.map((i) => [(i.path ?? []).join("."), i]));
    expect([...byPath.keys()].sort()).toEqual([
      "carIsNecessary",
      "caringForAdult",
      "outcomes.gardening",
      "outcomes.nutrition.endangersHealthOrSafety",
      "wellbeingAreasAffected.0",
    ]);
    expect(byPath.get("caringForAdult")).toEqual({
      code: "invalid_answer",
      path: ["caringForAdult"],
      message: "caringForAdult: expected true or false, got a string",
    });
    expect(byPath.get("carIsNecessary")?.code).toBe("unknown_item");
    expect(byPath.get("outcomes.gardening")?.code).toBe("unknown_item");
    expect(byPath.get("outcomes.nutrition.endangersHealthOrSafety")?.message).toBe(
      "outcomes.nutrition.endangersHealthOrSafety: expected true or false, got a number",
    );
    expect(JSON.stringify(result.error)).not.toContain("Synthetic");
    expect(JSON.stringify(result.error)).not.toContain("happiness");
  });

  it("rejects a value that is not an object", () => {
    for (const input of [null, [], "answers", 3]) {
      const result = safeParseCarerEligibilityAnswers(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.path).toEqual([]);
    }
  });

  it("returns a result for any input, never throws, and never changes it", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const before = JSON.stringify(input);
        const result = safeParseCarerEligibilityAnswers(input);
        expect(typeof result.success).toBe("boolean");
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });
});
