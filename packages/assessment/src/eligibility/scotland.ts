/**
 * The seven indicators of the national Local Eligibility Criteria Framework for carers
 * (Carers (Scotland) Act 2016 statutory guidance, Annex F). Every local authority uses these;
 * each sets its own threshold.
 *
 * @example
 * SCOTTISH_ELIGIBILITY_INDICATORS.map((i) => i.id).includes("life_balance"); //=> true
 */
export const SCOTTISH_ELIGIBILITY_INDICATORS = [
  { id: "health_and_wellbeing", label: "Health and wellbeing" },
  { id: "relationships", label: "Relationships" },
  { id: "living_environment", label: "Living environment" },
  { id: "employment_and_training", label: "Employment and training" },
  { id: "finance", label: "Finance" },
  { id: "life_balance", label: "Life balance" },
  { id: "future_planning", label: "Future planning" },
] as const;

/**
 * One indicator of the Scottish framework.
 *
 * @example
 * const indicator: ScottishEligibilityIndicator = "finance";
 */
export type ScottishEligibilityIndicator = (typeof SCOTTISH_ELIGIBILITY_INDICATORS)[number]["id"];

/**
 * The five impact/risk levels of the Scottish framework, least first, with the Annex F
 * descriptors for the health and wellbeing indicator as an example of each.
 *
 * @example
 * SCOTTISH_IMPACT_LEVELS[3].label; //=> "Substantial impact / Substantial risk"
 */
export const SCOTTISH_IMPACT_LEVELS = [
  {
    id: "no_impact",
    label: "Caring has no impact / No risk",
    healthExample: "Carer in good health",
  },
  {
    id: "low",
    label: "Low impact / Low risk",
    healthExample: "Carer's health beginning to be affected",
  },
  {
    id: "moderate",
    label: "Moderate impact / Moderate risk",
    healthExample: "Carer's health at risk without intervention",
  },
  {
    id: "substantial",
    label: "Substantial impact / Substantial risk",
    healthExample: "Carer has health need that requires attention",
  },
  {
    id: "critical",
    label: "Critical impact / Critical risk",
    healthExample: "Carer's health is breaking/has broken down",
  },
] as const;

/**
 * One impact/risk level of the Scottish framework.
 *
 * @example
 * const level: ScottishImpactLevel = "substantial";
 */
export type ScottishImpactLevel = (typeof SCOTTISH_IMPACT_LEVELS)[number]["id"];
