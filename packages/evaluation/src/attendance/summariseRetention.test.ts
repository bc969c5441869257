import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { summariseRetention, type AttendanceRecord } from "./summariseRetention.ts";

describe("summariseRetention", () => {
  it("matches R's survfit on a small censored example (S = 0.8, 0.267; SE 0.179, 0.226)", () => {
    // R: survfit(Surv(c(1, 2, 2, 1, 3), c(1, 1, 1, 0, 0)) ~ 1)
    const records: AttendanceRecord[] = [
      { lastSessionAttended: 1, status: "dropped-out" },
      { lastSessionAttended: 2, status: "dropped-out" },
      { lastSessionAttended: 2, status: "dropped-out" },
      { lastSessionAttended: 1, status: "ongoing" },
      { lastSessionAttended: 3, status: "completed" },
    ];
    const result = summariseRetention(records, { sessions: 3 });
    if (!result.success) throw new Error(result.error.message);
    const [s0, s1, s2, s3] = result.data.curve;
    expect(s0?.retained).toBe(1);
    expect(s1).toMatchObject({ atRisk: 5, droppedOut: 1, censored: 1 });
    expect(s1?.retained).toBeCloseTo(0.8, 12);
    expect(s1?.standardError).toBeCloseTo(0.1788854, 6);
    expect(s2).toMatchObject({ atRisk: 3, droppedOut: 2 });
    expect(s2?.retained).toBeCloseTo(0.2666667, 6);
    expect(s2?.standardError).toBeCloseTo(0.2257498, 6);
    expect(s3?.retained).toBeCloseTo(0.2666667, 6);
    expect(result.data.completion).toMatchObject({ count: 1, total: 4 });
    expect(result.data.dropoutBySession.map((d) => d.count)).toEqual([0, 1, 2, 0]);
  });

  it("without censoring, retention is one minus the cumulative share dropped out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 50 }),
        (lasts) => {
          const records = lasts.map((last): AttendanceRecord =>
            last === 6
              ? { lastSessionAttended: 6, status: "completed" }
              : { lastSessionAttended: last, status: "dropped-out" },
          );
          const result = summariseRetention(records, { sessions: 6 });
          if (!result.success) throw new Error(result.error.message);
          for (const step of result.data.curve) {
            const gone = lasts.filter((l) => l <= step.session && l < 6).length;
            expect(step.retained).toBeCloseTo(1 - gone / lasts.length, 12);
          }
        },
      ),
    );
  });

  it("returns out_of_range for a session beyond the programme", () => {
    const result = summariseRetention([{ lastSessionAttended: 7, status: "completed" }], {
      sessions: 6,
    });
    expect(!result.success && result.error.code).toBe("out_of_range");
  });
});
