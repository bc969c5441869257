import type { CheckIn, Goal } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { answers } from "../__fixtures__/answers.ts";
import { CORE_SUPPORT_NEEDS_CHECKLIST } from "../checklist/coreSupportNeedsChecklist.ts";
import type { CompletedChecklist } from "../checklist/types.ts";
import { scoreInstrument } from "../instrument/scoreInstrument.ts";
import type { InstrumentScore } from "../instrument/types/score.ts";
import { PHQ9 } from "../instruments/phq9.ts";
import { SWEMWBS } from "../instruments/swemwbs.ts";
import { summariseCareReview, type CareReviewInput } from "./summariseCareReview.ts";

function swemwbs(values: readonly number[]): InstrumentScore {
  const result = scoreInstrument(SWEMWBS, answers(SWEMWBS, values));
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}
// Raw 21 → metric 19.25 and raw 26 → metric 23.21 (Warwick published conversion table): +3.96,
// above the minimal important change of 3 metric points (Shah et al. 2018).
const AT_ASSESSMENT = swemwbs([3, 3, 3, 3, 3, 3, 3]);
const AT_REVIEW = swemwbs([4, 4, 4, 4, 4, 3, 3]);

const checklist = (
  completedOn: string,
  levels: Record<string, "not_needed" | "some" | "a_lot">,
): CompletedChecklist => ({
  checklistId: "carerkit_core",
  completedOn,
  answers: Object.entries(levels).map(([domain, level]) => ({ domain, level })),
});

const GOALS: Goal[] = [
  {
    id: "g1",
    carerId: "carer-1",
    title: "An afternoon a week for myself",
    status: "achieved",
    setOn: "2026-06-01",
    achievedOn: "2026-10-02",
  },
  {
    id: "g2",
    carerId: "carer-1",
    title: "Sort out Attendance Allowance",
    status: "in_progress",
    setOn: "2026-06-01",
  },
  {
    id: "g3",
    carerId: "carer-9",
    title: "Someone else's goal",
    status: "achieved",
    setOn: "2026-06-01",
    achievedOn: "2026-07-01",
  },
];
const CHECK_INS: CheckIn[] = [
  {
    id: "c2",
    carerId: "carer-1",
    date: "2026-09-15",
    howAreYou: "doing_ok",
    smallWins: [{ text: "Went to the carers' café" }],
  },
  { id: "c1", carerId: "carer-1", date: "2026-07-10", howAreYou: "finding_it_hard", smallWins: [] },
  {
    id: "c0",
    carerId: "carer-1",
    date: "2026-05-01",
    howAreYou: "struggling",
    smallWins: [{ text: "Before the period" }],
  },
];

const INPUT: CareReviewInput = {
  carerId: "carer-1",
  since: "2026-06-01",
  until: "2026-12-01",
  checklists: {
    checklist: CORE_SUPPORT_NEEDS_CHECKLIST,
    earlier: checklist("2026-06-01", {
      breaks_from_caring: "a_lot",
      money_and_benefits: "some",
      own_health: "not_needed",
    }),
    later: checklist("2026-12-01", {
      breaks_from_caring: "not_needed",
      money_and_benefits: "some",
      own_health: "some",
    }),
  },
  scores: [{ instrument: SWEMWBS, earlier: AT_ASSESSMENT, later: AT_REVIEW }],
  goals: GOALS,
  checkIns: CHECK_INS,
};

describe("summariseCareReview", () => {
  const review = summariseCareReview(deepFreeze(INPUT));
  if (!review.success) throw new Error(review.error.message);
  const summary = review.data;

  it("reads the wins first, then what is better, the scores, the check-ins, what needs help, the goals", () => {
    expect(summary.lines).toEqual([
      'You reached your goal: "An afternoon a week for myself". Well done.',
      'A win you told us about: "Went to the carers\' café".',
      "Things that are better: Time for yourself and breaks from caring (you needed a lot more help, now no more help).",
      "Your SWEMWBS score went up from 19.3 to 23.2. That is a real improvement.",
      "We checked in twice: at first you said you were finding it hard, and most recently doing OK.",
      "Things where you want more help now: Your own health (now some more help).",
      'Still working on: "Sort out Attendance Allowance".',
    ]);
  });

  it("joins the checklist comparison and the score comparison as typed data", () => {
    expect(summary.checklist?.counts).toMatchObject({ resolved: 1, unchanged: 1, new_need: 1 });
    expect(summary.scores[0]).toMatchObject({
      name: "SWEMWBS",
      comparison: {
        scale: "metric",
        earlier: 19.25,
        later: 23.21,
        change: 3.96,
        outcome: "improved",
      },
      reliableChange: null,
      meaning: "better",
    });
  });

  it("keeps only this carer's records in the period, and counts what it left out", () => {
    expect(summary.checkIns.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(summary.smallWins).toEqual([{ date: "2026-09-15", text: "Went to the carers' café" }]);
    expect(summary.goals.achieved.map((g) => g.id)).toEqual(["g1"]);
    expect(summary.leftOut).toEqual({ goals: 1, checkIns: 1 });
  });

  it("calls a change real only when the reliable change index passes 1.96", () => {
    // Illustrative norms (derived): S_diff = √2 · 2.5 · √(1 − 0.84) = 1.41421; RCI = 3.96 / 1.41421 = 2.80.
    const reliable = summariseCareReview({
      ...INPUT,
      scores: [
        {
          instrument: SWEMWBS,
          earlier: AT_ASSESSMENT,
          later: AT_REVIEW,
          norms: { sd: 2.5, reliability: 0.84 },
        },
      ],
    });
    expect(reliable.success && reliable.data.scores[0]?.reliableChange?.rci).toBeCloseTo(
      3.96 / Math.sqrt(2 * 2.5 ** 2 * 0.16),
      9,
    );
    expect(reliable.success && reliable.data.scores[0]?.meaning).toBe("better");
    // S_diff = √2 · 5 · √0.3 = 3.87298; RCI = 1.02: above the MIC, but not reliable.
    const noisy = summariseCareReview({
      ...INPUT,
      scores: [
        {
          instrument: SWEMWBS,
          earlier: AT_ASSESSMENT,
          later: AT_REVIEW,
          norms: { sd: 5, reliability: 0.7 },
        },
      ],
    });
    expect(noisy.success && noisy.data.scores[0]?.meaning).toBe("about_the_same");
    expect(noisy.success && noisy.data.lines).toContain(
      "Your SWEMWBS score went up from 19.3 to 23.2. That is about the same as before.",
    );
  });

  it("reads a worse score on a higher-is-worse scale as worse", () => {
    // PHQ-9 totals 5 → 14: up 9, higher is worse. PHQ-9 ships no minimal important change, so
    // only norms can judge it. Illustrative norms (derived): S_diff = √2 · 4 · √0.16 = 2.263, RCI = 3.98.
    const phq = (values: number[]) => {
      const r = scoreInstrument(PHQ9, answers(PHQ9, values));
      if (!r.success) throw new Error(r.error.message);
      return r.data;
    };
    const result = summariseCareReview({
      ...INPUT,
      scores: [
        {
          instrument: PHQ9,
          earlier: phq([1, 1, 1, 1, 1, 0, 0, 0, 0]),
          later: phq([2, 2, 2, 2, 2, 2, 1, 1, 0]),
          norms: { sd: 4, reliability: 0.84 },
        },
      ],
    });
    expect(result.success && result.data.scores[0]?.meaning).toBe("worse");
  });

  it("names a score from another instrument", () => {
    const result = summariseCareReview({
      ...INPUT,
      scores: [{ instrument: PHQ9, earlier: AT_ASSESSMENT, later: AT_REVIEW }],
    });
    expect(!result.success && result.error).toMatchObject({
      code: "invalid_review",
      issues: [
        { code: "instrument_mismatch", path: ["scores", 0, "earlier"] },
        { path: ["scores", 0, "later"] },
      ],
    });
  });

  it("has no lines to read from an empty period", () => {
    const empty = summariseCareReview({
      carerId: "carer-1",
      since: "2026-06-01",
      until: "2026-12-01",
    });
    expect(empty.success && empty.data.lines).toEqual([]);
  });

  it("names a period that is not two dates in order", () => {
    const swapped = summariseCareReview({
      carerId: "carer-1",
      since: "2026-12-01",
      until: "2026-06-01",
    });
    expect(!swapped.success && swapped.error.issues).toEqual([
      {
        code: "invalid_date",
        message: "until: expected a date on or after since",
        path: ["until"],
      },
    ]);
    const bad = summariseCareReview({ carerId: "carer-1", since: "1 June", until: "2026-12-01" });
    expect(!bad.success && bad.error.issues[0]?.path).toEqual(["since"]);
  });
});
