// Every non-parse export checks the shape of its arguments first: a wrong shape gets a typed
// `invalid_argument` (thrown, or returned in the Result), never a TypeError from deep inside.
import { isCarerKitError } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import {
  applyTextPack,
  compareChecklists,
  compareScores,
  CORE_SUPPORT_NEEDS_CHECKLIST,
  createActionPlan,
  determineCarerEligibility,
  determineScottishCarerEligibility,
  fromFhirQuestionnaireResponse,
  PHQ9,
  prioritiseNeeds,
  scoreInstrument,
  summariseCareReview,
  toFhirObservation,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  toSupportNeedDomains,
  ZBI4,
} from "./index.ts";

const responses = Object.fromEntries(PHQ9.items.map((item) => [item.id, 1]));
const scored = scoreInstrument(PHQ9, responses);
if (!scored.success) throw new Error("the PHQ-9 fixture scores");
const score = scored.data;
const qr = toFhirQuestionnaireResponse(PHQ9, responses);
if (!qr.success) throw new Error("the PHQ-9 fixture converts");
const completed = {
  checklistId: CORE_SUPPORT_NEEDS_CHECKLIST.id,
  completedOn: "2026-12-01",
  answers: [],
};
const pack = {
  instrumentId: ZBI4.id,
  language: "en-GB",
  items: Object.fromEntries(ZBI4.items.map((item) => [item.id, { text: "Wording" }])),
};

/**
 * Each export with arguments that work; every position is then replaced by each bad value
 * (`undefined` too, except for a trailing options parameter, which may be left out).
 */
const calls: readonly (readonly [string, (...args: unknown[]) => unknown, readonly unknown[]])[] = [
  ["compareScores", compareScores as never, [PHQ9, score, score]],
  ["applyTextPack", applyTextPack as never, [ZBI4, pack]],
  ["determineCarerEligibility", determineCarerEligibility as never, [{}]],
  [
    "determineScottishCarerEligibility",
    determineScottishCarerEligibility as never,
    [{}, { authority: "Example", threshold: "substantial" }],
  ],
  ["toFhirQuestionnaire", toFhirQuestionnaire as never, [PHQ9, { base: "urn:x" }]],
  ["toFhirQuestionnaireResponse", toFhirQuestionnaireResponse as never, [PHQ9, responses, {}]],
  ["fromFhirQuestionnaireResponse", fromFhirQuestionnaireResponse as never, [PHQ9, qr.data, {}]],
  [
    "toFhirObservation",
    toFhirObservation as never,
    [PHQ9, score, { effectiveDateTime: "2026-12-01" }],
  ],
  ["prioritiseNeeds", prioritiseNeeds as never, [CORE_SUPPORT_NEEDS_CHECKLIST, completed]],
  [
    "compareChecklists",
    compareChecklists as never,
    [CORE_SUPPORT_NEEDS_CHECKLIST, completed, completed],
  ],
  ["toSupportNeedDomains", toSupportNeedDomains as never, [[]]],
  ["createActionPlan", createActionPlan as never, [[], []]],
  [
    "summariseCareReview",
    summariseCareReview as never,
    [{ carerId: "carer-1", since: "2026-06-01", until: "2026-12-01" }],
  ],
];

const BAD: readonly unknown[] = [
  undefined,
  null,
  42,
  Number.NaN,
  "text",
  Symbol("s"),
  [[[]]],
  () => 0,
];

const OPTIONAL = new Set([
  "toFhirQuestionnaire 1",
  "toFhirQuestionnaireResponse 2",
  "fromFhirQuestionnaireResponse 2",
]);

/** The code of the typed failure: thrown as a CarerKitError or returned as a Result's first issue. */
function failureOf(run: () => unknown): string | undefined {
  let returned: unknown;
  try {
    returned = run();
  } catch (error) {
    if (isCarerKitError(error)) return error.code;
    throw error;
  }
  const result = returned as { success?: boolean; error?: { issues: { code: string }[] } };
  return result.success === false ? result.error?.issues[0]?.code : undefined;
}

describe("argument checks", () => {
  it.each(calls)("%s works with the arguments the table gives it", (_, fn, args) => {
    expect(failureOf(() => fn(...args))).toBeUndefined();
  });

  const cases = calls.flatMap(([name, fn, args]) =>
    args.flatMap((_, position) =>
      BAD.filter((bad) => !(bad === undefined && OPTIONAL.has(`${name} ${position}`))).map(
        (bad) => [name, position, String(bad), fn, args.with(position, bad)] as const,
      ),
    ),
  );
  it.each(cases)("%s with argument %i = %s fails with invalid_argument", (_, __, ___, fn, args) => {
    expect(failureOf(() => fn(...args))).toBe("invalid_argument");
  });

  it("name the function and parameter, and describe the value by its shape only", () => {
    expect(() => determineCarerEligibility(null as never)).toThrow(
      /^determineCarerEligibility: answers must be a plain object; received /,
    );
    const returned = applyTextPack(ZBI4, { ...pack, items: "secret" as never });
    expect(returned.success ? "" : returned.error.message).not.toContain("secret");
  });
});
