import { describeValue } from "../describeValue.ts";
import type { CompiledInstrument, CompiledItem } from "../compile/types.ts";
import type { InstrumentResponses } from "../../instrument/types/item.ts";
import { addIssue, type ScoreDraft } from "./draft.ts";

/** Whether an item accepts a recorded answer. */
export function accepts(item: CompiledItem, value: number): boolean {
  if (item.contiguous) return Number.isInteger(value) && value >= item.lo && value <= item.hi;
  if (item.values !== undefined) return item.values.has(value);
  return (
    Number.isFinite(value) &&
    value >= item.lo &&
    value <= item.hi &&
    (!item.integer || Number.isInteger(value))
  );
}

/**
 * Steps 1b and 2 in one pass, for answers keyed exactly in item order as forms and FHIR produce
 * them: checks each key while scoring its answer (reading by key inside for…in is V8's fastest
 * load). Returns `false`, with the draft as it was, when the keys are anything else.
 */
export function scoreItemsInKeyOrder(
  compiled: CompiledInstrument,
  responses: InstrumentResponses,
  draft: ScoreDraft,
): boolean {
  const { items } = compiled;
  const scores = startItems(compiled, draft);
  let raw = 0;
  let answered = 0;
  let i = 0;
  let last = "";
  let inOrder = true;
  for (const key in responses) {
    const item = items[i];
    if (item?.id !== key) {
      inOrder = false;
      break;
    }
    const score = scoreItem(item, responses[key], draft);
    if (scores !== undefined) scores[i] = score;
    if (!Number.isNaN(score)) {
      raw += score;
      answered++;
    }
    i++;
    last = key;
  }
  // for…in visits every own key before any inherited one (ES2020 order): if the last is own, all are.
  draft.ownKeysAreItems = inOrder && i === items.length && Object.hasOwn(responses, last);
  if (!draft.ownKeysAreItems) {
    startItems(compiled, draft);
    return false;
  }
  draft.raw = raw;
  draft.answered = answered;
  return true;
}

/** Step 2, for answers keyed in any order: own keys only, so nothing is inherited. */
export function scoreItemsById(
  compiled: CompiledInstrument,
  responses: InstrumentResponses,
  draft: ScoreDraft,
): void {
  const scores = draft.scores;
  let raw = 0;
  let answered = 0;
  compiled.items.forEach((item, i) => {
    const value = Object.hasOwn(responses, item.id) ? responses[item.id] : undefined;
    const score = scoreItem(item, value, draft);
    if (scores !== undefined) scores[i] = score;
    if (!Number.isNaN(score)) {
      raw += score;
      answered++;
    }
  });
  draft.raw = raw;
  draft.answered = answered;
}

// A fresh start for step 2; returns the array for item scores, kept only when subscales need them.
function startItems(compiled: CompiledInstrument, draft: ScoreDraft): number[] | undefined {
  draft.raw = 0;
  draft.answered = 0;
  draft.missing = undefined;
  draft.issues = undefined;
  draft.scores =
    compiled.subscales.length > 0 ? new Array<number>(compiled.items.length) : undefined;
  return draft.scores;
}

// One item's score, or NaN (noting the item as missing, or the answer as an issue).
function scoreItem(item: CompiledItem | undefined, value: unknown, draft: ScoreDraft): number {
  if (item === undefined) return NaN;
  if (value === undefined || value === null) (draft.missing ??= []).push(item.id);
  else if (typeof value === "number" && accepts(item, value))
    return item.reverse ? item.lo + item.hi - value : value;
  else
    addIssue(draft, {
      code: "out_of_range",
      path: ["items", item.id],
      message: `items.${item.id}: expected ${item.expected}, got ${describeValue(value)}`,
    });
  return NaN;
}

/** Step 2b: the missing-data rule, either every item answered or at most `maxMissing` missing. */
export function checkMissingAnswers(compiled: CompiledInstrument, draft: ScoreDraft): void {
  const { missing } = draft;
  if (missing === undefined) return;
  const { instrument } = compiled;
  const rule = instrument.missing;
  if (rule.kind === "require_all")
    for (const id of missing)
      addIssue(draft, {
        code: "missing_answer",
        path: ["items", id],
        message: `items.${id}: no answer; ${instrument.shortTitle ?? instrument.id} needs every item answered`,
      });
  else if (missing.length > rule.maxMissing)
    for (const id of missing)
      addIssue(draft, {
        code: "too_many_missing",
        path: ["items", id],
        message: `items.${id}: no answer; at most ${rule.maxMissing} of ${compiled.items.length} items may be missing, ${missing.length} are`,
      });
}
