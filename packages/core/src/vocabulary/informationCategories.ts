import { z } from "zod";

/**
 * Kinds of information about a carer or the person they care for, used both for what a care
 * circle member may see and for the scope of a consent, so the two can be compared.
 *
 * @example
 * InformationCategorySchema.parse("care_plan"); //=> "care_plan"
 */
export const InformationCategorySchema = z.enum([
  "contact_details",
  "about_me",
  "conditions",
  "medication",
  "care_plan",
  "goals",
  "check_ins",
  "appointments",
  "assessments",
]);

/**
 * A category from {@link InformationCategorySchema}.
 *
 * @example
 * const scope: InformationCategory[] = ["about_me", "care_plan"];
 */
export type InformationCategory = z.infer<typeof InformationCategorySchema>;
