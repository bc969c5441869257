import { capIssues, err, type Result } from "@carerkit/core";
import type { CompiledInstrument } from "../compile/types.ts";
import type { AssessmentIssue } from "../../errors.ts";
import type { Instrument } from "../../instrument/types/instrument.ts";
import type { RaisedFlag, ScoringError } from "../../instrument/types/score.ts";
import { NONE } from "./draft.ts";

/** Responses that cannot be scored: every issue, and the flags the answered items raised. */
export function responsesFailure(
  compiled: CompiledInstrument,
  issues: readonly AssessmentIssue[],
  flags: readonly RaisedFlag[] | undefined,
): Result<never, ScoringError> {
  const name = compiled.instrument.shortTitle ?? compiled.instrument.title;
  const listed = capIssues(issues);
  return err({
    code: "invalid_responses",
    message: `${name}: cannot score, ${issues.length} problem${issues.length === 1 ? "" : "s"}: ${listed.map((i) => i.message).join("; ")}`,
    issues: listed,
    flags: flags ?? NONE,
  });
}

/** An instrument that fails its own checks: nothing can be scored with it. */
export function definitionFailure(
  instrument: Instrument,
  issues: readonly AssessmentIssue[],
): Result<never, ScoringError> {
  return err({
    code: "invalid_definition",
    message: `instrument ${String((instrument as Partial<Instrument> | null)?.id)}: ${issues.length} problem${issues.length === 1 ? "" : "s"} in the definition`,
    issues,
    flags: [],
  });
}
