import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseBreak } from "../breaks/safeParseBreak.ts";
import { safeParseEmergencyPlan } from "../emergencyPlan/safeParseEmergencyPlan.ts";
import { EASTER_REFERRAL, ENGLAND_SPRING_2026 } from "../__fixtures__/pathway.ts";
import { checkReferralStandards } from "./checkReferralStandards.ts";
import { getReferralStatus } from "./getReferralStatus.ts";
import type { Referral } from "./ReferralSchema.ts";
import { ReferralStatusSchema } from "./ReferralStatusSchema.ts";
import { REFERRAL_TRANSITIONS } from "./referralTransitions.ts";
import { safeParseReferral } from "./safeParseReferral.ts";
import { transitionReferral } from "./transitionReferral.ts";

const TARGETS = ReferralStatusSchema.options.filter((s) => s !== "received");
const HOUR = 3_600_000;

/** Applies moves `hours` apart from the Easter referral, keeping only the legal ones. */
function walk(moves: readonly (typeof TARGETS)[number][], hours: readonly number[]): Referral {
  let referral: Referral = EASTER_REFERRAL;
  let t = Date.parse(EASTER_REFERRAL.receivedAt);
  moves.forEach((to, i) => {
    t += (hours[i] ?? 1) * HOUR;
    const result = transitionReferral(referral, {
      to,
      at: new Date(t).toISOString(),
      reason: "Recorded",
    });
    if (result.success) referral = result.data;
  });
  return referral;
}

describe("referral properties", () => {
  it("accepts a move exactly when the lifecycle allows it, and every history it builds parses", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TARGETS), { maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }),
        (moves, hours) => {
          const before = walk(moves.slice(0, -1), hours);
          const last = moves.at(-1);
          if (last === undefined) return;
          const from = getReferralStatus(before);
          const result = transitionReferral(before, {
            to: last,
            at: "2027-12-31T12:00:00Z",
            reason: "Recorded",
          });
          expect(result.success).toBe(
            (REFERRAL_TRANSITIONS[from] as readonly string[]).includes(last),
          );
          if (!result.success) expect(result.error.code).toBe("illegal_transition");
          expect(safeParseReferral(result.success ? result.data : before).success).toBe(true);
        },
      ),
    );
  });

  it("meets a working-day standard exactly when the working days taken are within it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TARGETS), { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 15 }),
        (moves, hours, within) => {
          const referral = walk(moves, hours);
          const [result] = checkReferralStandards(
            [referral],
            [
              {
                id: "s",
                label: "s",
                from: "received",
                to: ["contacted", "unable_to_contact", "declined"],
                within,
                unit: "working_days",
              },
            ],
            { asOf: "2028-01-01T00:00:00Z", holidays: ENGLAND_SPRING_2026 },
          ).results;
          if (result?.reachedOn == null) return;
          expect(result.outcome === "met").toBe((result.elapsed ?? Infinity) <= within);
        },
      ),
    );
  });

  it("never throws from a safeParse on any input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const parse of [safeParseReferral, safeParseEmergencyPlan, safeParseBreak])
          expect(typeof parse(input).success).toBe("boolean");
      }),
    );
  });
});
