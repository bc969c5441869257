// Every non-parse export of core, called with hostile first arguments, throws (or returns, for
// Result functions) a typed invalid_argument naming the parameter, never a TypeError.
import { describe, expect, it } from "vitest";
import * as core from "../index.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";

const BAD: readonly unknown[] = [undefined, null, Number.NaN, Symbol("x"), [[[[]]]]];

type Call = (bad: unknown) => unknown;
const CALLS: readonly (readonly [string, Call])[] = [
  ["calculateAge", (b) => core.calculateAge(b as string, "2026-01-01")],
  ["classifyCarer", (b) => core.classifyCarer(b as number)],
  ["bandHoursOfCare", (b) => core.bandHoursOfCare(b as number)],
  ["normalisePostcode", (b) => core.normalisePostcode(b as string)],
  ["validateNhsNumber", (b) => core.validateNhsNumber(b as string)],
  ["isValidNhsNumber", (b) => core.isValidNhsNumber(b as string)],
  ["canShare", (b) => core.canShare(b as never, b as never, "2026-01-01T00:00:00Z")],
  ["endCaringRelationship", (b) => core.endCaringRelationship(b as never, [], b as never)],
  ["pseudonymise", (b) => core.pseudonymise(b as string, "k".repeat(32))],
  ["redactCarer", (b) => core.redactCarer(b as never, "k".repeat(32))],
  ["serialise", (b) => core.serialise(b as never, {} as never)],
  ["deserialise", (b) => core.deserialise(b as string, "carer")],
  ["addWorkingDays", (b) => core.addWorkingDays(b as string, 1)],
  ["countWorkingDays", (b) => core.countWorkingDays("2026-01-01", b as string)],
  ["listCaseload", (b) => core.listCaseload(b as never, "w-1", "2026-01-01")],
  ["assignKeyWorker", (b) => core.assignKeyWorker(b as never, b as never)],
  ["scheduleReferralFollowUp", (b) => core.scheduleReferralFollowUp(b as never)],
  ["moveSafeguardingConcern", (b) => core.moveSafeguardingConcern(b as never, b as never)],
  ["draftSafeguardingConcern", (b) => core.draftSafeguardingConcern(b as never, b as never)],
  ["canReadSafeguardingConcern", (b) => core.canReadSafeguardingConcern(b as never, {} as never)],
  ["moveComplaint", (b) => core.moveComplaint(b as never, b as never)],
  ["computeComplaintDeadlines", (b) => core.computeComplaintDeadlines(b as never, "2026-01-01")],
  ["codeFeedbackThemes", (b) => core.codeFeedbackThemes(b as never, [])],
  ["getReferralStatus", (b) => core.getReferralStatus(b as never)],
  ["transitionReferral", (b) => core.transitionReferral(b as never, b as never)],
  ["toLocalDate", (b) => core.toLocalDate(b as string)],
  ["measureReferralTimeInStates", (b) => core.measureReferralTimeInStates(b as never, b as never)],
  ["checkReferralStandards", (b) => core.checkReferralStandards(b as never, [], b as never)],
  ["checkEmergencyPlanCompleteness", (b) => core.checkEmergencyPlanCompleteness(b as never)],
  ["shareEmergencyPlan", (b) => core.shareEmergencyPlan(b as never, [], b as never)],
  ["renderEmergencyPlanHtml", (b) => core.renderEmergencyPlanHtml(b as never)],
  ["renderEmergencyCard", (b) => core.renderEmergencyCard(b as never)],
  ["listOverdueEmergencyPlans", (b) => core.listOverdueEmergencyPlans(b as never, "2026-01-01")],
  ["summariseBreaks", (b) => core.summariseBreaks(b as never, b as never)],
];

function outcome(call: Call, bad: unknown): { code: string; message: string } | undefined {
  try {
    const result = call(bad) as { success?: boolean; error?: unknown };
    if (result.success !== false) return undefined;
    const issue = (Array.isArray(result.error) ? result.error[0] : result.error) as {
      code: string;
      message: string;
    };
    return issue;
  } catch (error) {
    if (!isCarerKitError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe("argument guards", () => {
  it.each(CALLS.flatMap(([name, call]) => BAD.map((bad) => [name, call, bad] as const)))(
    "%s refuses %o with invalid_argument naming itself",
    (name, call, bad) => {
      const refused = outcome(call, bad);
      expect(refused?.code).toBe("invalid_argument");
      expect(refused?.message.startsWith(`${name}: `)).toBe(true);
    },
  );

  it.each([
    ["addWorkingDays", () => core.addWorkingDays("2201-01-01", 1)],
    ["countWorkingDays", () => core.countWorkingDays("1899-12-31", "2026-01-01")],
    ["toLocalDate", () => core.toLocalDate("9999-12-31T00:00:00Z")],
    ["listCaseload", () => core.listCaseload([], "w-1", "2300-01-01")],
  ] as const)("%s refuses a date outside 1900–2200 with out_of_span", (name, call) => {
    expect(outcome(call, undefined)?.code).toBe("out_of_span");
    expect(outcome(call, undefined)?.message.startsWith(`${name}: `)).toBe(true);
  });
});
