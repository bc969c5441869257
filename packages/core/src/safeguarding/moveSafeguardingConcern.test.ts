import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { moveSafeguardingConcern, type SafeguardingMove } from "./moveSafeguardingConcern.ts";
import { parseSafeguardingConcern } from "./parseSafeguardingConcern.ts";
import { safeParseSafeguardingConcern } from "./safeParseSafeguardingConcern.ts";
import type { SafeguardingConcern, SafeguardingStatus } from "./SafeguardingConcernSchema.ts";

const RAISED = deepFreeze(
  parseSafeguardingConcern({
    id: "sg-1",
    status: "raised",
    raisedBy: "worker-3",
    raisedOn: "2026-11-02",
    about: { personId: "carer-1", role: "carer" },
    categories: ["financial_or_material_abuse"],
    immediateRisk: false,
    actionTaken: "Spoke with the carer; agreed to contact the safeguarding lead today.",
  }),
);

const SCREEN: SafeguardingMove = { to: "screened", on: "2026-11-03", by: "lead-1" };
const REFER: SafeguardingMove = {
  to: "referred",
  on: "2026-11-03",
  localAuthority: "Exampleshire County Council",
  reference: "ASC-2026-0042",
};
const CLOSE: SafeguardingMove = {
  to: "no_further_action",
  on: "2026-11-04",
  reason: "Screened: the carer manages the account with a lasting power of attorney.",
};
const RAISE: SafeguardingMove = { to: "raised", on: "2026-11-02", categories: ["self_neglect"] };

function must(concern: SafeguardingConcern, move: SafeguardingMove): SafeguardingConcern {
  const result = moveSafeguardingConcern(concern, move);
  if (!result.success) throw new Error(result.error.map((i) => i.message).join("; "));
  return result.data;
}

const SCREENED = deepFreeze(must(RAISED, SCREEN));
const BY_STATUS: Record<SafeguardingStatus, SafeguardingConcern> = {
  draft: deepFreeze({ ...RAISED, status: "draft", categories: [] }),
  raised: RAISED,
  screened: SCREENED,
  referred: deepFreeze(must(SCREENED, REFER)),
  no_further_action: deepFreeze(must(SCREENED, CLOSE)),
};
const MOVE_TO: Record<SafeguardingStatus, SafeguardingMove | undefined> = {
  draft: undefined,
  raised: RAISE,
  screened: SCREEN,
  referred: REFER,
  no_further_action: CLOSE,
};
const LEGAL = new Set([
  "draft>raised",
  "raised>screened",
  "screened>referred",
  "screened>no_further_action",
]);

describe("moveSafeguardingConcern", () => {
  it("takes a concern from raised through screening to a local-authority referral with its reference", () => {
    const referred = BY_STATUS.referred;
    expect(referred.status).toBe("referred");
    expect(referred.screenedBy).toBe("lead-1");
    expect(referred.referral).toEqual({
      localAuthority: "Exampleshire County Council",
      reference: "ASC-2026-0042",
      referredOn: "2026-11-03",
    });
    expect(BY_STATUS.no_further_action.noFurtherAction?.reason).toMatch(/^Screened/);
    expect(RAISED.status).toBe("raised");
  });

  it("refuses every move the lifecycle does not allow with illegal_transition", () => {
    let refused = 0;
    for (const [from, concern] of Object.entries(BY_STATUS)) {
      for (const [to, move] of Object.entries(MOVE_TO)) {
        if (move === undefined || LEGAL.has(`${from}>${to}`)) continue;
        const result = moveSafeguardingConcern(concern, move);
        expect(result.success, `${from} → ${to}`).toBe(false);
        expect(!result.success && result.error[0]?.code).toBe("illegal_transition");
        refused += 1;
      }
    }
    // 5 statuses × 4 targets, less the 4 legal moves.
    expect(refused).toBe(16);
    const result = moveSafeguardingConcern(RAISED, REFER);
    expect(!result.success && result.error[0]?.message).toBe(
      'status: expected a move from "raised" to "screened", got "referred"',
    );
  });

  it("reports a screening dated before the concern was raised", () => {
    const result = moveSafeguardingConcern(RAISED, { ...SCREEN, on: "2026-11-01" });
    expect(!result.success && result.error[0]).toMatchObject({
      code: "end_before_start",
      path: ["screenedOn"],
    });
  });

  it("refuses to raise a draft that has no category of abuse or neglect", () => {
    const result = moveSafeguardingConcern(BY_STATUS.draft, { to: "raised", on: "2026-11-02" });
    expect(!result.success && result.error[0]).toMatchObject({
      code: "status_mismatch",
      path: ["categories"],
    });
  });
});

describe("safeParseSafeguardingConcern", () => {
  it("rejects a referred concern with no referral, or a raised one carrying a screening", () => {
    const noReferral = safeParseSafeguardingConcern({ ...SCREENED, status: "referred" });
    expect(!noReferral.success && noReferral.error.map((i) => i.path)).toEqual([["referral"]]);
    const early = safeParseSafeguardingConcern({ ...SCREENED, status: "raised" });
    expect(!early.success && early.error.map((i) => i.code)).toEqual([
      "status_mismatch",
      "status_mismatch",
    ]);
  });

  it("rejects a category outside the Care Act statutory guidance's ten", () => {
    const result = safeParseSafeguardingConcern({ ...RAISED, categories: ["bullying"] });
    expect(!result.success && result.error[0]?.path).toEqual(["categories", 0]);
  });
});

describe("moveSafeguardingConcern on any sequence of moves", () => {
  it("only ever follows the lifecycle's arrows, never throws and never changes its input", () => {
    const moves = Object.values(MOVE_TO).filter((m): m is SafeguardingMove => m !== undefined);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...moves), { maxLength: 8 }), (sequence) => {
        let concern: SafeguardingConcern = BY_STATUS.draft;
        for (const move of sequence) {
          const result = moveSafeguardingConcern(deepFreeze(concern), move);
          const legal = LEGAL.has(`${concern.status}>${move.to}`);
          if (!result.success) {
            // A legal move can only fail on its data: raising the draft with no category.
            expect(result.error[0]?.code).toBe(legal ? "status_mismatch" : "illegal_transition");
            continue;
          }
          expect(legal).toBe(true);
          concern = result.data;
        }
      }),
      { numRuns: 300 },
    );
  });
});
