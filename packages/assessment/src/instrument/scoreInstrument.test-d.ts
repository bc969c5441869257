import { expectTypeOf, test } from "vitest";
import type { AssessmentIssueCode } from "../errors.ts";
import { PHQ9 } from "../instruments/phq9.ts";
import { scoreInstrument } from "./scoreInstrument.ts";
import type { InstrumentScore, RaisedFlag } from "./types/score.ts";

test("a score result narrows to data or to an error carrying flags", () => {
  const result = scoreInstrument(PHQ9, { phq9_1: 1 });
  if (result.success) {
    expectTypeOf(result.data).toEqualTypeOf<InstrumentScore>();
  } else {
    expectTypeOf(result.error.code).toEqualTypeOf<"invalid_responses" | "invalid_definition">();
    expectTypeOf(result.error.issues[0]!.code).toEqualTypeOf<AssessmentIssueCode>();
    expectTypeOf(result.error.flags).toEqualTypeOf<readonly RaisedFlag[]>();
  }
});

test("responses accept numbers, null and undefined only", () => {
  // @ts-expect-error answers are numbers, not strings
  scoreInstrument(PHQ9, { phq9_1: "1" });
});
