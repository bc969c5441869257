import type { Feedback } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { summariseComplaintHandling } from "./summariseComplaintHandling.ts";
import { summariseFeedbackThemes } from "./summariseFeedbackThemes.ts";
import { summariseSessionFeedback } from "./summariseSessionFeedback.ts";

function feedback(
  id: string,
  kind: Feedback["kind"],
  receivedOn: string,
  extra: Partial<Feedback> = {},
): Feedback {
  return { id, kind, receivedOn, text: "…", anonymous: true, ...extra };
}

// England and Wales bank holidays, GOV.UK bank-holidays.json (OGL v3.0).
const HOLIDAYS = ["2026-04-03", "2026-04-06", "2026-05-04"];

const FEEDBACK = deepFreeze([
  feedback("1", "complaint", "2026-04-02", {
    themes: ["timeliness", "communication"],
    status: "acknowledged",
    acknowledgedOn: "2026-04-09",
  }),
  feedback("2", "complaint", "2026-04-02", {
    status: "acknowledged",
    acknowledgedOn: "2026-04-10",
  }),
  feedback("3", "complaint", "2026-07-01"),
  feedback("4", "compliment", "2026-07-14", { themes: ["peer_support"] }),
  feedback("5", "session_feedback", "2026-07-20", {
    themes: ["peer_support", "local_code"],
    programmeId: "bt",
    sessionId: "s1",
    rating: 5,
  }),
]);

describe("summariseFeedbackThemes", () => {
  it("counts feedback by codebook theme and by kind per quarter", () => {
    const { byTheme, byKind } = summariseFeedbackThemes(FEEDBACK);
    expect(byTheme.columns).toEqual(["2026-Q2", "2026-Q3"]);
    const row = (label: string): readonly number[] | undefined =>
      byTheme.counts[byTheme.rows.indexOf(label)];
    expect(row("Meeting other carers")).toEqual([0, 2]);
    expect(row("Waiting and response times")).toEqual([1, 0]);
    expect(row("local_code")).toEqual([0, 1]);
    expect(row("Not coded")).toEqual([1, 1]);
    expect(byKind.counts).toEqual([
      [2, 1],
      [0, 1],
      [0, 0],
      [0, 1],
    ]);
  });

  it("keeps only the kinds asked for, by month", () => {
    const { byKind } = summariseFeedbackThemes(FEEDBACK, { kinds: ["complaint"], period: "month" });
    expect(byKind.columns).toEqual(["2026-04", "2026-07"]);
  });
});

describe("summariseComplaintHandling", () => {
  it("counts acknowledgements met, missed and overdue against 3 working days over Easter", () => {
    // Received Thursday 2 April 2026: due Thursday 9 April (Good Friday, Easter Monday skipped).
    // One acknowledged on the 9th (met), one on the 10th (missed); the July one is still open on
    // 10 July, past its deadline of Monday 6 July.
    const s = summariseComplaintHandling(FEEDBACK, "2026-07-10", { holidays: HOLIDAYS });
    expect(s.complaints).toBe(3);
    expect(s.acknowledgement.rows).toEqual(["met", "missed", "due", "overdue"]);
    expect(s.acknowledgement.counts).toEqual([
      [1, 0],
      [1, 0],
      [0, 0],
      [0, 1],
    ]);
    expect(s.response.counts.flat().every((n) => n === 0)).toBe(true);
  });
});

describe("summariseSessionFeedback", () => {
  it("counts ratings by session for one programme, ignoring other feedback", () => {
    const items = [
      ...FEEDBACK,
      feedback("6", "session_feedback", "2026-07-27", {
        programmeId: "bt",
        sessionId: "s2",
        rating: 3,
      }),
      feedback("7", "session_feedback", "2026-07-27", { programmeId: "bt", sessionId: "s2" }),
      feedback("8", "session_feedback", "2026-07-27", {
        programmeId: "other",
        sessionId: "s1",
        rating: 1,
      }),
    ];
    const s = summariseSessionFeedback(items, { programmeId: "bt", sessions: ["s1", "s2", "s3"] });
    expect([s.responses, s.rated]).toEqual([3, 2]);
    expect(s.ratings.rows).toEqual(["s1", "s2", "s3"]);
    expect(s.ratings.counts).toEqual([
      [0, 0, 0, 0, 1],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
  });
});
