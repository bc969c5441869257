import { z } from "zod";

/**
 * The ten types of abuse and neglect that the Care and support statutory guidance issued under
 * the Care Act 2014 (Department of Health and Social Care, chapter 14 "Safeguarding",
 * paragraph 14.17) lists for adult safeguarding and s.42 enquiries: physical, domestic,
 * sexual, psychological, financial or material, modern slavery, discriminatory, organisational,
 * neglect and acts of omission, and self-neglect. The guidance says the list is not exhaustive;
 * local procedures may add detail, but these are the statutory headings.
 *
 * @see https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance
 * @example
 * SAFEGUARDING_CATEGORIES.includes("self_neglect"); //=> true
 */
export const SAFEGUARDING_CATEGORIES = [
  "physical_abuse",
  "domestic_abuse",
  "sexual_abuse",
  "psychological_abuse",
  "financial_or_material_abuse",
  "modern_slavery",
  "discriminatory_abuse",
  "organisational_abuse",
  "neglect_and_acts_of_omission",
  "self_neglect",
] as const;

/**
 * Checks a category from {@link SAFEGUARDING_CATEGORIES}.
 *
 * @example
 * SafeguardingCategorySchema.parse("modern_slavery"); //=> "modern_slavery"
 */
export const SafeguardingCategorySchema = z.enum(SAFEGUARDING_CATEGORIES);

/**
 * A category of abuse or neglect from {@link SAFEGUARDING_CATEGORIES}.
 *
 * @example
 * const category: SafeguardingCategory = "financial_or_material_abuse";
 */
export type SafeguardingCategory = (typeof SAFEGUARDING_CATEGORIES)[number];
