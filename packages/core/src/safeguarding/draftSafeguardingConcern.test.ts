import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { draftSafeguardingConcern } from "./draftSafeguardingConcern.ts";
import { moveSafeguardingConcern } from "./moveSafeguardingConcern.ts";

// The shape @carerkit/assessment's scoreInstrument reports for PHQ-9 item 9 (RaisedFlag).
const PHQ9_ITEM9 = deepFreeze({
  id: "phq9_self_harm_thoughts",
  severity: "safety" as const,
  message: "Thoughts of self-harm reported: follow your service's safety protocol today.",
  value: 2,
});
const CONTEXT = deepFreeze({
  id: "sg-9",
  instrumentId: "phq9",
  raisedBy: "worker-3",
  raisedOn: "2026-11-02",
  about: { personId: "carer-1", role: "carer" as const },
});

describe("draftSafeguardingConcern", () => {
  it("opens a draft from a PHQ-9 item 9 flag with the flag as evidence and immediate risk assumed", () => {
    const result = draftSafeguardingConcern(PHQ9_ITEM9, CONTEXT);
    expect(result.success && result.data).toEqual({
      id: "sg-9",
      status: "draft",
      raisedBy: "worker-3",
      raisedOn: "2026-11-02",
      about: { personId: "carer-1", role: "carer" },
      categories: [],
      immediateRisk: true,
      evidence: [
        {
          kind: "instrument_flag",
          instrumentId: "phq9",
          flagId: "phq9_self_harm_thoughts",
          severity: "safety",
          value: 2,
          recordedOn: "2026-11-02",
        },
      ],
    });
  });

  it("lets a person raise the draft once they have chosen a category", () => {
    const draft = draftSafeguardingConcern(PHQ9_ITEM9, CONTEXT);
    if (!draft.success) throw new Error("draft failed");
    const raised = moveSafeguardingConcern(draft.data, {
      to: "raised",
      on: "2026-11-02",
      categories: ["self_neglect"],
      immediateRisk: false,
    });
    expect(raised.success && [raised.data.status, raised.data.evidence?.length]).toEqual([
      "raised",
      1,
    ]);
  });

  it("refuses a flag that is not a safety flag", () => {
    const result = draftSafeguardingConcern({ ...PHQ9_ITEM9, severity: "clinical" }, CONTEXT);
    expect(!result.success && result.error[0]).toMatchObject({
      code: "not_a_safety_flag",
      path: ["severity"],
    });
  });

  it("reports a context date that is not a date", () => {
    const result = draftSafeguardingConcern(PHQ9_ITEM9, { ...CONTEXT, raisedOn: "02/11/2026" });
    expect(!result.success && result.error.map((i) => i.path?.[0])).toContain("raisedOn");
  });
});
