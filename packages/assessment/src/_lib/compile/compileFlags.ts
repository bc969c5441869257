import type { AssessmentIssue } from "../../errors.ts";
import type { FlagRule, Subscale } from "../../instrument/types/rules.ts";
import type { RaisedFlag } from "../../instrument/types/score.ts";
import { issue } from "./issue.ts";
import type { CompiledFlag, CompiledItem } from "./types.ts";

/** For each option value at or above the threshold, the frozen `[raised flag]` it raises. */
function raisedByValue(
  flag: FlagRule,
  item: CompiledItem | undefined,
): Map<number, readonly RaisedFlag[]> {
  const raised = new Map<number, readonly RaisedFlag[]>();
  for (const value of item?.values ?? [])
    if (value >= flag.atLeast)
      raised.set(
        value,
        Object.freeze([
          Object.freeze({
            id: flag.id,
            severity: flag.severity,
            message: flag.message,
            value,
          }),
        ]),
      );
  return raised;
}

/** The flags split by what they watch, ready for scoring. */
export interface CompiledFlags {
  readonly itemFlags: CompiledFlag[];
  readonly scoreFlags: CompiledFlag[];
}

/**
 * Resolves each flag's target: an item (reported if unknown), a subscale (reported if unknown)
 * or else the total.
 */
export function compileFlags(
  flags: readonly FlagRule[],
  on: {
    readonly items: readonly CompiledItem[];
    readonly index: ReadonlyMap<string, number>;
    readonly subscales: readonly Subscale[];
  },
  issues: AssessmentIssue[],
): CompiledFlags {
  const itemFlags: CompiledFlag[] = [];
  const scoreFlags: CompiledFlag[] = [];
  flags.forEach((flag, f) => {
    if (flag.item !== undefined) {
      const at = on.index.get(flag.item);
      if (at === undefined)
        issues.push(
          issue(
            "unknown_item",
            ["flags", f, "item"],
            `flag ${flag.id} refers to item ${flag.item}, which the instrument does not have`,
          ),
        );
      else itemFlags.push({ rule: flag, target: at, raised: raisedByValue(flag, on.items[at]) });
    } else if (flag.subscale !== undefined) {
      const at = on.subscales.findIndex((s) => s.id === flag.subscale);
      if (at < 0)
        issues.push(
          issue(
            "unknown_subscale",
            ["flags", f, "subscale"],
            `flag ${flag.id} refers to subscale ${flag.subscale}, which the instrument does not have`,
          ),
        );
      else scoreFlags.push({ rule: flag, target: -2 - at });
    } else scoreFlags.push({ rule: flag, target: -1 });
  });
  return { itemFlags, scoreFlags };
}
