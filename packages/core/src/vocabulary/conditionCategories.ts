import { z } from "zod";

/**
 * Broad categories of the cared-for person's condition. Precise diagnoses, where known, are
 * carried as optional SNOMED CT codes beside the category.
 *
 * @example
 * CONDITION_CATEGORIES.map((c) => c.id).includes("dementia"); //=> true
 */
export const CONDITION_CATEGORIES = [
  { id: "illness", label: "Illness" },
  { id: "long_term_condition", label: "Long-term condition" },
  { id: "disability", label: "Disability" },
  { id: "frailty", label: "Frailty" },
  { id: "dementia", label: "Dementia" },
  { id: "mental_health", label: "Mental health" },
  { id: "substance_misuse", label: "Substance misuse" },
  { id: "palliative", label: "Palliative or end of life" },
] as const;

/** The id of one condition category, e.g. `"palliative"`. */
export type ConditionCategory = (typeof CONDITION_CATEGORIES)[number]["id"];

/**
 * Zod schema for a {@link ConditionCategory} id.
 *
 * @example
 * ConditionCategorySchema.parse("frailty"); //=> "frailty"
 */
export const ConditionCategorySchema = z.enum(
  CONDITION_CATEGORIES.map((c) => c.id) as [ConditionCategory, ...ConditionCategory[]],
);
