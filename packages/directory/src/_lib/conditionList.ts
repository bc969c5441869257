// Condition categories in reasons: core's labels, in an English list.
import type { ConditionCategory } from "@carerkit/core";
import { CONDITION_CATEGORIES } from "@carerkit/core";

/** Core's label for each category, lower-cased for use inside a sentence. */
const LABELS = new Map<ConditionCategory, string>(
  CONDITION_CATEGORIES.map(({ id, label }) => [id, label.charAt(0).toLowerCase() + label.slice(1)]),
);

/**
 * Condition categories as an English list of core's labels, e.g. `["dementia", "palliative"]` →
 * "dementia and palliative or end of life".
 */
export function conditionList(conditions: readonly ConditionCategory[]): string {
  const labels = conditions.map((c) => LABELS.get(c) ?? c.replace(/_/g, " "));
  const last = labels.at(-1) ?? "";
  return labels.length <= 1 ? last : `${labels.slice(0, -1).join(", ")} and ${last}`;
}
