import type { CompiledInstrument } from "../compile/types.ts";
import type { RaisedFlag } from "../../instrument/types/score.ts";
import { NONE, type ScoreDraft } from "./draft.ts";
import { accepts } from "./scoreItems.ts";
import type { InstrumentResponses } from "../../instrument/types/item.ts";

/**
 * Step 5a: item flags, from the recorded answer, raised whatever else is wrong with the
 * responses (so an error still carries a safety flag). One flag is a frozen shared `[flag]`.
 */
export function raiseItemFlags(
  compiled: CompiledInstrument,
  responses: InstrumentResponses,
  draft: Pick<ScoreDraft, "ownKeysAreItems">,
): readonly RaisedFlag[] | undefined {
  let flags: readonly RaisedFlag[] | undefined;
  for (const { rule, target, raised } of compiled.itemFlags) {
    const item = compiled.items[target];
    if (item === undefined) continue;
    const own = draft.ownKeysAreItems || Object.hasOwn(responses, item.id);
    const value = own ? responses[item.id] : undefined;
    if (typeof value === "number" && value >= rule.atLeast && accepts(item, value)) {
      const shared = raised?.get(value);
      flags =
        flags === undefined && shared !== undefined
          ? shared
          : [
              ...(flags ?? NONE),
              ...(shared ?? [
                { id: rule.id, severity: rule.severity, message: rule.message, value },
              ]),
            ];
    }
  }
  return flags;
}

/** Step 5: item flags, then flags on the total and on subscales. */
export function raiseFlags(
  compiled: CompiledInstrument,
  responses: InstrumentResponses,
  draft: ScoreDraft,
): void {
  let flags = raiseItemFlags(compiled, responses, draft);
  for (const { rule, target } of compiled.scoreFlags) {
    const value = target === -1 ? draft.total : draft.subscales?.[-2 - target]?.score;
    if (value !== undefined && value >= rule.atLeast)
      flags = [
        ...(flags ?? NONE),
        { id: rule.id, severity: rule.severity, message: rule.message, value },
      ];
  }
  draft.flags = flags;
}
