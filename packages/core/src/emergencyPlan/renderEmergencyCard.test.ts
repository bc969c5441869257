import { describe, expect, it } from "vitest";
import { COMPLETE_PLAN, EMPTY_PLAN } from "../__fixtures__/emergencyPlans.ts";
import { renderEmergencyCard } from "./renderEmergencyCard.ts";

describe("renderEmergencyCard", () => {
  it("prints who to call and the plan reference, two contacts by default", () => {
    expect(renderEmergencyCard(COMPLETE_PLAN)).toBe(
      [
        "CARER'S EMERGENCY CARD",
        "Alex Example is a carer.",
        "Pat depends on them and may be alone.",
        "If they are ill, injured or cannot get home, please call:",
        "- Sam Sample (Neighbour): 01632 960001",
        "- Jo Placeholder (Daughter): jo@example.org",
        "Emergency plan ref: plan-0001 (review by 2027-03-01)",
      ].join("\n"),
    );
  });

  it("never prints medication, triggers or routines", () => {
    const card = renderEmergencyCard(COMPLETE_PLAN, { contacts: 3 });
    expect(card).toContain("Chris Test");
    for (const secret of ["Donepezil", "Loud voices", "porridge"])
      expect(card).not.toContain(secret);
  });

  it("points to the plan when no contact can be reached", () => {
    expect(renderEmergencyCard(EMPTY_PLAN)).toContain(
      "- (no contact recorded: see the emergency plan)",
    );
  });
});
