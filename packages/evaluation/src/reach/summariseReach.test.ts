import { describe, expect, it } from "vitest";
import { summariseReach } from "./summariseReach.ts";

describe("summariseReach", () => {
  it("counts identified and supported carers by period and referral source", () => {
    const reach = summariseReach([
      { period: "2026-Q2", referralSource: "GP", supported: true },
      { period: "2026-Q1", referralSource: "Hospital ward", supported: false },
      { period: "2026-Q1", referralSource: "GP", supported: true },
      { period: "2026-Q1", supported: true },
    ]);
    expect(reach.identified).toBe(4);
    expect(reach.supported).toBe(3);
    expect(reach.byPeriod).toEqual([
      { key: "2026-Q1", identified: 3, supported: 2 },
      { key: "2026-Q2", identified: 1, supported: 1 },
    ]);
    expect(reach.bySource.map((s) => s.key)).toEqual(["GP", "Hospital ward", "Not recorded"]);
    expect(reach.supportedTable.counts).toEqual([
      [1, 1],
      [0, 0],
      [1, 0],
    ]);
  });
});
