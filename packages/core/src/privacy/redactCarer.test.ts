import { describe, expect, it } from "vitest";
import { SYNTHETIC_CARER } from "../__fixtures__/synthetic.ts";
import { parseCarer } from "../carer/parseCarer.ts";
import { pseudonymise } from "./pseudonymise.ts";
import { redactCarer } from "./redactCarer.ts";

const KEY = "synthetic-export-key-for-tests-only-0001";
const carer = parseCarer(SYNTHETIC_CARER);

describe("redactCarer", () => {
  it("keeps what an evaluation needs and coarsens it", () => {
    expect(redactCarer(carer, KEY, { asOf: "2026-11-22" })).toEqual({
      pseudonym: pseudonymise("carer-0001", KEY),
      ageBand: "65_74",
      postcodeDistrict: "ZZ99",
      status: "active",
      identifiedBy: "hospital_ward",
      identifiedMonth: "2026-03",
      languages: ["en", "cy"],
      interpreterNeeded: false,
      accessibleFormats: ["large_print"],
      employment: ["employed_part_time"],
      hasLongTermCondition: true,
      childrenUnder18: 1,
      caresForOthers: false,
    });
  });

  it("leaves no direct identifier or free text anywhere in the output", () => {
    const text = JSON.stringify(redactCarer(carer, KEY, { asOf: "2026-11-22" }));
    for (const secret of [
      "Sam Sample",
      "1961-04-09",
      "01632 960001",
      "sam.sample@example.org",
      "Example Street",
      "ZZ99 9ZZ",
      "Back pain",
      "carer-0001",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("keeps a recorded age band when there is no date to measure on", () => {
    const banded = { ...carer, ageBand: "45_54" as const };
    expect(redactCarer(banded, KEY).ageBand).toBe("45_54");
  });

  it("links rows about the same carer under one key", () => {
    expect(redactCarer(carer, KEY).pseudonym).toBe(
      redactCarer({ ...carer, notes: "x" }, KEY).pseudonym,
    );
  });

  it("leaves equality-monitoring answers out unless asked to keep them", () => {
    const monitored = { ...carer, equality: { ethnicity: "white_irish", religion: "no_religion" } };
    const parsed = parseCarer(monitored);
    expect("equality" in redactCarer(parsed, KEY)).toBe(false);
    const kept = redactCarer(parsed, KEY, { includeEquality: true });
    expect(kept.equality).toEqual({ ethnicity: "white_irish", religion: "no_religion" });
    expect(kept.equality).not.toBe(parsed.equality);
    expect(() => redactCarer(parsed, KEY, { includeEquality: "yes" as never })).toThrow(
      "redactCarer: options.includeEquality must be a boolean; received a string of 3 characters",
    );
  });
});
