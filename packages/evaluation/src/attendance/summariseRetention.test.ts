import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { summariseRetention, type AttendanceRecord } from "./summariseRetention.ts";

// R: survfit(Surv(c(1, 2, 2, 1, 3), c(1, 1, 1, 0, 0)) ~ 1)
const SMALL_CENSORED: readonly AttendanceRecord[] = [
  { lastSessionAttended: 1, status: "dropped-out" },
  { lastSessionAttended: 2, status: "dropped-out" },
  { lastSessionAttended: 2, status: "dropped-out" },
  { lastSessionAttended: 1, status: "ongoing" },
  { lastSessionAttended: 3, status: "completed" },
];

describe("summariseRetention", () => {
  it("matches R's survfit on a small censored example (S = 0.8, 0.267; SE 0.179, 0.226)", () => {
    // R: survfit(Surv(c(1, 2, 2, 1, 3), c(1, 1, 1, 0, 0)) ~ 1)
    const result = summariseRetention(SMALL_CENSORED, { sessions: 3 });
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

  it("gives survfit's conf.type log-log and plain intervals (SciPy ecdf confidence_interval, derived; 1e-12)", () => {
    // SciPy 1.17.1: stats.ecdf(CensoredData(uncensored=[1, 2, 2], right=[1, 3])).sf
    // .confidence_interval(0.95, method="log-log" | "linear"); "linear" is survfit's "plain".
    const loglog = summariseRetention(SMALL_CENSORED, { sessions: 3, confType: "log-log" });
    const plain = summariseRetention(SMALL_CENSORED, { sessions: 3, confType: "plain" });
    if (!loglog.success || !plain.success) throw new Error("unexpected failure");
    const [, l1, l2] = loglog.data.curve;
    const [, p1, p2] = plain.data.curve;
    expect(l1?.confidenceInterval.lower).toBeCloseTo(0.20380926326763904, 12);
    expect(l1?.confidenceInterval.upper).toBeCloseTo(0.9691797888667427, 12);
    expect(l2?.confidenceInterval.lower).toBeCloseTo(0.009677000578881349, 12);
    expect(l2?.confidenceInterval.upper).toBeCloseTo(0.6861362791570119, 12);
    expect(p1?.confidenceInterval.lower).toBeCloseTo(0.44939098376936737, 12);
    expect(p1?.confidenceInterval.upper).toBe(1);
    expect(p2?.confidenceInterval.lower).toBe(0);
    expect(p2?.confidenceInterval.upper).toBeCloseTo(0.7091281040855474, 12);
  });

  it("keeps every interval type within [0, 1] and around the estimate", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lastSessionAttended: fc.integer({ min: 0, max: 6 }),
            status: fc.constantFrom(
              "completed" as const,
              "dropped-out" as const,
              "ongoing" as const,
            ),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.constantFrom("log" as const, "log-log" as const, "plain" as const),
        (records, confType) => {
          const result = summariseRetention(records, { sessions: 6, confType });
          if (!result.success) return;
          for (const step of result.data.curve) {
            const { lower, upper } = step.confidenceInterval;
            expect(lower).toBeGreaterThanOrEqual(0);
            expect(upper).toBeLessThanOrEqual(1);
            expect(lower).toBeLessThanOrEqual(step.retained + 1e-12);
            expect(upper).toBeGreaterThanOrEqual(step.retained - 1e-12);
          }
        },
      ),
    );
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
