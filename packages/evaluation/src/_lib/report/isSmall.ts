import type { SuppressionRule } from "../../disclosure/suppressionRules.ts";

/** A share is disclosive when either the count or its complement is a small number. */
export function isSmall(count: number, total: number, rule: SuppressionRule): boolean {
  const small = (x: number): boolean => x >= 1 && x <= rule.threshold;
  return small(count) || small(total - count);
}
