import { describeValue } from "../describeValue.ts";
import type { CompiledInstrument } from "../compile/types.ts";
import type { AssessmentIssue } from "../../errors.ts";
import type { InstrumentResponses } from "../../instrument/types/item.ts";
import { addIssue, type ScoreDraft } from "./draft.ts";

/** Step 1a: responses must be a plain object keyed by item id; the issue when they are not. */
export function checkResponsesObject(responses: unknown): AssessmentIssue | undefined {
  if (typeof responses === "object" && responses !== null && !Array.isArray(responses))
    return undefined;
  return {
    code: "not_an_object",
    path: [],
    message: `responses: expected an object keyed by item id, got ${describeValue(responses)}`,
  };
}

/** Step 1b, for answers not keyed in item order: every key must be an item id. */
export function validateResponseKeys(
  compiled: CompiledInstrument,
  responses: InstrumentResponses,
  draft: ScoreDraft,
): void {
  for (const key of Object.keys(responses))
    if (!compiled.index.has(key))
      addIssue(draft, {
        code: "unknown_item",
        path: ["items", key],
        message: `items.${key}: ${compiled.instrument.id} has no item with this id`,
      });
}
