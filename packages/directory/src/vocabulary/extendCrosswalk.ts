import {
  CONDITION_CATEGORIES,
  SUPPORT_NEED_DOMAINS,
  type ConditionCategory,
  type SupportNeedDomain,
} from "@carerkit/core";
import type { Crosswalk, NeedMapping } from "./defaultCrosswalk.ts";
import { checkShape } from "../_lib/guard/checkShape.ts";
import { AdditionsShape, CrosswalkShape } from "../_lib/guard/crosswalkShape.ts";

/**
 * Additions to a crosswalk: more terms and keywords per need, more condition keywords, more
 * synonym groups. A directory adds its own taxonomy (e.g. a council's service categories).
 *
 * @example
 * const additions: CrosswalkAdditions = { needs: { breaks_from_caring: { terms: ["NCC:SB-01"] } } };
 */
export interface CrosswalkAdditions {
  /** Extra terms and keywords per need. */
  readonly needs?: Partial<Record<SupportNeedDomain, Partial<NeedMapping>>>;
  /** Extra condition keywords. */
  readonly conditions?: Partial<Record<ConditionCategory, readonly string[]>>;
  /** Extra synonym groups. */
  readonly synonyms?: readonly (readonly string[])[];
}

/**
 * Returns a new crosswalk with the additions appended to the base (the base is not changed).
 *
 * @param base - Usually `DEFAULT_CROSSWALK`.
 * @param additions - Terms, keywords and synonyms to add.
 * @returns The combined crosswalk.
 * @throws CarerKitError `invalid_argument` when `base` is not a full crosswalk or `additions`
 *   not of the documented shape.
 * @example
 * const local = extendCrosswalk(DEFAULT_CROSSWALK, {
 *   needs: { breaks_from_caring: { terms: ["NCC:SB-01"], keywords: ["carers break grant"] } },
 * });
 */
export function extendCrosswalk(base: Crosswalk, additions: CrosswalkAdditions): Crosswalk {
  checkShape("extendCrosswalk", { base }, CrosswalkShape);
  checkShape("extendCrosswalk", { additions }, AdditionsShape);
  const needs = {} as Record<SupportNeedDomain, NeedMapping>;
  for (const { id } of SUPPORT_NEED_DOMAINS) {
    const extra = additions.needs?.[id];
    needs[id] = {
      terms: [...base.needs[id].terms, ...(extra?.terms ?? [])],
      keywords: [...base.needs[id].keywords, ...(extra?.keywords ?? [])],
    };
  }
  const conditions = {} as Record<ConditionCategory, readonly string[]>;
  for (const { id } of CONDITION_CATEGORIES) {
    conditions[id] = [...base.conditions[id], ...(additions.conditions?.[id] ?? [])];
  }
  return { needs, conditions, synonyms: [...base.synonyms, ...(additions.synonyms ?? [])] };
}
