import { describe, expect, it } from "vitest";
import { SYNTHETIC_CARED_FOR } from "../__fixtures__/synthetic.ts";
import { parseCaredForPerson } from "./parseCaredForPerson.ts";
import { safeParseCaredForPerson } from "./safeParseCaredForPerson.ts";

describe("parseCaredForPerson and safeParseCaredForPerson", () => {
  it("accept conditions with SNOMED CT codes and an about-me, and normalise the NHS number", () => {
    const person = parseCaredForPerson(SYNTHETIC_CARED_FOR);
    expect(person.nhsNumber).toBe("9990000018");
    expect(person.aboutMe?.dislikesAndTriggers).toEqual(["Dislikes loud noises"]);
    expect(person.conditions[0]).toEqual({
      category: "dementia",
      snomedCode: "52448006",
      description: "Dementia",
    });
  });

  it("reject an NHS number with a wrong check digit, naming the field but not the number", () => {
    const result = safeParseCaredForPerson({ ...SYNTHETIC_CARED_FOR, nhsNumber: "999 000 0019" });
    expect(result).toEqual({
      success: false,
      error: [
        {
          code: "nhs_number_check_digit",
          message:
            "nhsNumber: expected a last digit that passes the modulus 11 check, got one that fails it (the number is mistyped)",
          path: ["nhsNumber"],
        },
      ],
    });
  });

  it("reject an NHS number given as a number without repeating it", () => {
    const result = safeParseCaredForPerson({ ...SYNTHETIC_CARED_FOR, nhsNumber: 9990000018 });
    expect(!result.success && result.error[0]?.message).toBe(
      "nhsNumber: expected a string, got a number",
    );
  });

  it("reject a SNOMED CT code with a wrong check digit, naming the condition", () => {
    const result = safeParseCaredForPerson({
      ...SYNTHETIC_CARED_FOR,
      conditions: [{ category: "dementia", snomedCode: "52448007" }],
    });
    expect(!result.success && result.error[0]).toMatchObject({
      code: "snomed_code_format",
      path: ["conditions", 0, "snomedCode"],
    });
  });

  it("reject a SNOMED CT description id (partition 01) even though its check digit is right", () => {
    const result = safeParseCaredForPerson({
      ...SYNTHETIC_CARED_FOR,
      conditions: [{ category: "dementia", snomedCode: "52448010" }],
    });
    expect(!result.success && result.error[0]?.code).toBe("snomed_code_format");
  });

  it("reject an unknown condition category, listing the categories", () => {
    const result = safeParseCaredForPerson({
      ...SYNTHETIC_CARED_FOR,
      conditions: [{ category: "flu" }],
    });
    expect(!result.success && result.error[0]?.message).toMatch(
      /^conditions\[0\]\.category: expected one of "illness", .*"palliative", got a string of 3 characters$/,
    );
  });
});
