import { describe, expect, it } from "vitest";
import { SYNTHETIC_CARER } from "../__fixtures__/synthetic.ts";
import { safeParseCarer } from "../carer/safeParseCarer.ts";
import { ETHNIC_GROUP_OF, EthnicitySchema } from "./EqualityMonitoringSchema.ts";

describe("equality monitoring on the carer", () => {
  it("accepts any subset of answers, each with prefer_not_to_say", () => {
    const equality = {
      ageBand: "prefer_not_to_say",
      sex: "prefer_not_to_say",
      genderIdentity: "prefer_not_to_say",
      ethnicity: "prefer_not_to_say",
      religion: "prefer_not_to_say",
      disability: "prefer_not_to_say",
      sexualOrientation: "prefer_not_to_say",
      caresForMoreThanOne: "prefer_not_to_say",
    };
    expect(safeParseCarer({ ...SYNTHETIC_CARER, equality }).success).toBe(true);
    expect(safeParseCarer({ ...SYNTHETIC_CARER, equality: { sex: "female" } }).success).toBe(true);
  });

  it("has the 19 ONS Census 2021 ethnic groups for England and Wales in five high-level groups", () => {
    // ONS, Ethnic group, England and Wales: Census 2021 (19 response categories, 5 high-level groups).
    const answers = EthnicitySchema.options.filter((o) => o !== "prefer_not_to_say");
    expect(answers).toHaveLength(19);
    const groups = answers.map((a) => ETHNIC_GROUP_OF[a]);
    expect([...new Set(groups)]).toEqual(["asian", "black", "mixed", "white", "other"]);
    expect(groups.filter((g) => g === "white")).toHaveLength(5);
  });

  it("never echoes a wrong equality answer in a message", () => {
    const result = safeParseCarer({ ...SYNTHETIC_CARER, equality: { religion: "Pastafarian" } });
    expect(!result.success && result.error[0]?.message).not.toContain("Pastafarian");
    expect(!result.success && result.error[0]?.path).toEqual(["equality", "religion"]);
  });
});
