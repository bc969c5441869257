import { describe, expect, it } from "vitest";
import { SYNTHETIC_RELATIONSHIP } from "../__fixtures__/synthetic.ts";
import { parseCaringRelationship } from "./parseCaringRelationship.ts";
import { safeParseCaringRelationship } from "./safeParseCaringRelationship.ts";

describe("parseCaringRelationship and safeParseCaringRelationship", () => {
  it("accept a synthetic relationship", () => {
    expect(parseCaringRelationship(SYNTHETIC_RELATIONSHIP).hoursPerWeek).toBe(35);
  });

  it("reject more than 168 hours of care a week, naming the field and the value", () => {
    const result = safeParseCaringRelationship({ ...SYNTHETIC_RELATIONSHIP, hoursPerWeek: 200 });
    expect(result).toEqual({
      success: false,
      error: [
        {
          code: "too_big",
          message: "hoursPerWeek: expected at most 168 (the hours in a week), got a number",
          path: ["hoursPerWeek"],
        },
      ],
    });
  });

  it("reject negative hours", () => {
    const result = safeParseCaringRelationship({ ...SYNTHETIC_RELATIONSHIP, hoursPerWeek: -3 });
    expect(!result.success && result.error[0]?.message).toBe(
      "hoursPerWeek: expected at least 0, got a number",
    );
  });

  it("reject an end date before the start date, naming endDate and both dates", () => {
    const result = safeParseCaringRelationship({
      ...SYNTHETIC_RELATIONSHIP,
      endDate: "2021-01-31",
      endReason: "residential_care",
    });
    expect(result).toEqual({
      success: false,
      error: [
        {
          code: "end_before_start",
          message: "endDate: expected a date on or after startDate, got an earlier one",
          path: ["endDate"],
        },
      ],
    });
  });

  it("accept an end on the start date itself", () => {
    const same = { ...SYNTHETIC_RELATIONSHIP, endDate: "2022-09-01", endReason: "recovery" };
    expect(safeParseCaringRelationship(same).success).toBe(true);
  });

  it("require an end reason with an end date", () => {
    const result = safeParseCaringRelationship({
      ...SYNTHETIC_RELATIONSHIP,
      endDate: "2026-01-01",
    });
    expect(!result.success && result.error[0]).toEqual({
      code: "end_reason_mismatch",
      message: "endReason: expected endDate and endReason together, got endDate alone",
      path: ["endReason"],
    });
  });
});
