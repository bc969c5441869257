import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import type { ComplaintStatus, Feedback } from "../feedback/FeedbackSchema.ts";
import { parseFeedback } from "../feedback/parseFeedback.ts";
import { safeParseFeedback } from "../feedback/safeParseFeedback.ts";
import { moveComplaint, type ComplaintMove } from "./moveComplaint.ts";

const RECEIVED = deepFreeze(
  parseFeedback({
    id: "fb-7",
    kind: "complaint",
    receivedOn: "2026-04-02",
    text: "Nobody called me back after my husband's discharge.",
    anonymous: false,
    fromCarerId: "carer-1",
    channel: "phone",
  }),
);

const MOVE_TO: Record<Exclude<ComplaintStatus, "received">, ComplaintMove> = {
  acknowledged: { to: "acknowledged", on: "2026-04-08", responseDueOn: "2026-05-06" },
  responded: {
    to: "responded",
    on: "2026-04-30",
    response: "We have changed the discharge call list.",
  },
  closed: { to: "closed", on: "2026-05-01" },
  withdrawn: { to: "withdrawn", on: "2026-04-09" },
};

function must(complaint: Feedback, move: ComplaintMove): Feedback {
  const result = moveComplaint(complaint, move);
  if (!result.success) throw new Error(result.error.map((i) => i.message).join("; "));
  return deepFreeze(result.data);
}

const ACKNOWLEDGED = must(RECEIVED, MOVE_TO.acknowledged);
const RESPONDED = must(ACKNOWLEDGED, MOVE_TO.responded);
const BY_STATUS: Record<ComplaintStatus, Feedback> = {
  received: RECEIVED,
  acknowledged: ACKNOWLEDGED,
  responded: RESPONDED,
  closed: must(RESPONDED, MOVE_TO.closed),
  withdrawn: must(RECEIVED, MOVE_TO.withdrawn),
};
const LEGAL = new Set([
  "received>acknowledged",
  "received>withdrawn",
  "acknowledged>responded",
  "acknowledged>withdrawn",
  "responded>closed",
]);

describe("moveComplaint", () => {
  it("takes a complaint from received to closed, keeping the agreed response date", () => {
    const closed = BY_STATUS.closed;
    expect([closed.status, closed.acknowledgedOn, closed.responseDueOn, closed.closedOn]).toEqual([
      "closed",
      "2026-04-08",
      "2026-05-06",
      "2026-05-01",
    ]);
    expect(RECEIVED.status).toBeUndefined();
  });

  it("refuses every move the lifecycle does not allow with illegal_transition", () => {
    let refused = 0;
    for (const [from, complaint] of Object.entries(BY_STATUS))
      for (const [to, move] of Object.entries(MOVE_TO)) {
        if (LEGAL.has(`${from}>${to}`)) continue;
        const result = moveComplaint(complaint, move);
        expect(!result.success && result.error[0]?.code, `${from} → ${to}`).toBe(
          "illegal_transition",
        );
        refused += 1;
      }
    // 5 statuses × 4 targets, less the 5 legal moves.
    expect(refused).toBe(15);
  });

  it("refuses to move a compliment, and an acknowledgement dated before receipt", () => {
    const compliment = { ...RECEIVED, kind: "compliment" as const };
    const result = moveComplaint(compliment, MOVE_TO.acknowledged);
    expect(!result.success && result.error[0]).toMatchObject({
      code: "status_mismatch",
      path: ["kind"],
    });
    const early = moveComplaint(RECEIVED, { to: "acknowledged", on: "2026-04-01" });
    expect(!early.success && early.error[0]).toMatchObject({
      code: "end_before_start",
      path: ["acknowledgedOn"],
    });
  });
});

describe("FeedbackSchema for complaints and session feedback", () => {
  it("rejects a status on a compliment, and a closed complaint with no response date", () => {
    const compliment = safeParseFeedback({ ...RECEIVED, kind: "compliment", status: "received" });
    expect(!compliment.success && compliment.error[0]?.code).toBe("status_mismatch");
    const closed = safeParseFeedback({ ...ACKNOWLEDGED, status: "closed", closedOn: "2026-05-01" });
    expect(!closed.success && closed.error.map((i) => i.path)).toEqual([["respondedOn"]]);
  });

  it("needs the programme and session on session feedback and a rating from 1 to 5", () => {
    const base = {
      id: "fb-9",
      kind: "session_feedback",
      receivedOn: "2026-10-06",
      anonymous: true,
      text: "Good.",
    };
    expect(
      safeParseFeedback({ ...base, programmeId: "bt-2026", sessionId: "s3", rating: 5 }).success,
    ).toBe(true);
    const missing = safeParseFeedback({ ...base, rating: 6 });
    expect(!missing.success && missing.error.map((i) => i.path?.[0])).toEqual([
      "rating",
      "programmeId",
      "sessionId",
    ]);
  });
});
