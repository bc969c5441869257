import { z } from "zod";

/**
 * The domain ids alone, in {@link SUPPORT_NEED_DOMAINS}' order. The schema is built from them
 * rather than from the table, so that code validating ids (a match query, a goal) does not carry
 * the domains' labels and descriptions (issue #15).
 */
const SUPPORT_NEED_DOMAIN_IDS = [
  "understanding_the_condition",
  "symptoms_and_medicines",
  "personal_care",
  "practical_help_at_home",
  "equipment_and_adaptations",
  "information_and_contacts",
  "planning_ahead",
  "crisis_planning",
  "breaks_from_caring",
  "feelings_and_worries",
  "own_health",
  "money_and_benefits",
  "work_and_education",
  "legal_matters",
  "relationships",
  "grief_and_loss",
  "peer_support",
] as const;

/**
 * The id of one support-need domain, e.g. `"breaks_from_caring"`.
 *
 * @example
 * const need: SupportNeedDomain = "breaks_from_caring";
 */
export type SupportNeedDomain = z.infer<typeof SupportNeedDomainSchema>;

/**
 * Zod schema for a {@link SupportNeedDomain} id.
 *
 * @example
 * SupportNeedDomainSchema.parse("peer_support"); //=> "peer_support"
 */
export const SupportNeedDomainSchema = z.enum(SUPPORT_NEED_DOMAIN_IDS);
