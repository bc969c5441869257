import type { AssessmentIssue } from "../../errors.ts";
import type { InstrumentItem } from "../../instrument/types/item.ts";
import { extentOf } from "../extentOf.ts";
import { isObject } from "./isObject.ts";
import { issue } from "./issue.ts";
import type { CompiledItem } from "./types.ts";

type Path = readonly (string | number)[];

/** An item answered by choosing an option: option values must be finite and distinct. */
function compileOptionsItem(
  options: NonNullable<InstrumentItem["options"]>,
  item: { readonly id: string; readonly path: Path; readonly reverse: boolean },
  issues: AssessmentIssue[],
): CompiledItem | undefined {
  const { path, reverse } = item;
  const values = options.map((o) => o.value);
  const bad = values.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (bad >= 0) {
    issues.push(
      issue(
        "item_without_answers",
        [...path, "options", bad, "value"],
        `expected a finite number, got ${String(values[bad])}`,
      ),
    );
    return undefined;
  }
  const set = new Set(values);
  if (set.size !== values.length) {
    issues.push(
      issue("duplicate_id", [...path, "options"], `item ${item.id} repeats an option value`),
    );
    return undefined;
  }
  const { lo, hi } = extentOf(values);
  const integer = values.every((v) => Number.isInteger(v));
  const contiguous = integer && set.size === hi - lo + 1;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    id: item.id,
    lo,
    hi,
    contiguous,
    integer,
    values: set,
    reverse,
    expected: `one of ${sorted.join(", ")}`,
  };
}

/** An item answered with a number in a range (min ≤ max); undefined if it has no such range. */
function compileRangeItem(item: InstrumentItem): CompiledItem | undefined {
  const range = item.range;
  if (range === undefined || !isObject(range) || !(range.min <= range.max)) return undefined;
  return {
    id: item.id,
    lo: range.min,
    hi: range.max,
    contiguous: false,
    integer: range.integer,
    values: undefined,
    reverse: false,
    expected: `${range.integer ? "a whole number" : "a number"} from ${range.min} to ${range.max}`,
  };
}

/**
 * Checks one item and prepares it for scoring: it needs an id, and response options or a
 * numeric range; a reverse-scored item needs options.
 */
export function compileItem(
  item: InstrumentItem,
  at: { readonly index: number; readonly reverse: boolean },
  issues: AssessmentIssue[],
): CompiledItem | undefined {
  const { reverse } = at;
  const path = ["items", at.index];
  if (!isObject(item) || typeof item.id !== "string" || item.id === "") {
    issues.push(issue("missing_field", path, "expected an item with a non-empty string id"));
    return undefined;
  }
  const options = item.options;
  if (reverse && (options === undefined || options.length === 0)) {
    issues.push(
      issue(
        "reverse_item_without_options",
        [...path, "options"],
        `item ${item.id} is reverse-scored but has no response options; reverse scoring needs the lowest and highest option`,
      ),
    );
    return undefined;
  }
  if (options !== undefined && options.length > 0)
    return compileOptionsItem(options, { id: item.id, path, reverse }, issues);
  const ranged = compileRangeItem(item);
  if (ranged !== undefined) return ranged;
  issues.push(
    issue(
      "item_without_answers",
      path,
      `item ${item.id} needs response options or a numeric range (min ≤ max)`,
    ),
  );
  return undefined;
}
