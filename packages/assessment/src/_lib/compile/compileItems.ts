import type { AssessmentIssue } from "../../errors.ts";
import type { InstrumentItem } from "../../instrument/types/item.ts";
import { compileItem } from "./compileItem.ts";
import type { CompiledItem } from "./types.ts";

/** The items that compile, in order, and each one's position by id. */
export interface CompiledItems {
  readonly items: CompiledItem[];
  readonly index: Map<string, number>;
}

/** Compiles every item, leaving out (and reporting) those that do not compile. */
export function compileItems(
  definitions: readonly InstrumentItem[],
  reverse: ReadonlySet<string>,
  issues: AssessmentIssue[],
): CompiledItems {
  const items: CompiledItem[] = [];
  definitions.forEach((item, i) => {
    const compiled = compileItem(item, { index: i, reverse: reverse.has(item.id) }, issues);
    if (compiled !== undefined) items.push(compiled);
  });
  const index = new Map(items.map((item, i) => [item.id, i]));
  return { items, index };
}
