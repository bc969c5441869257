import type { ReferralStatus } from "@carerkit/core";

/**
 * The stages of the commissioner's funnel, in pathway order, with their labels for tables.
 * `closed`, `declined` and `unable_to_contact` are outcomes, not stages.
 *
 * @example
 * FUNNEL_STAGES[2]; //=> ["assessed", "Assessed"]
 */
export const FUNNEL_STAGES = [
  ["received", "Referred"],
  ["contacted", "Contacted"],
  ["assessed", "Assessed"],
  ["plan_agreed", "Support plan agreed"],
  ["reviewed", "Reviewed"],
] as const satisfies readonly (readonly [ReferralStatus, string])[];

/**
 * A stage of {@link FUNNEL_STAGES}.
 *
 * @example
 * const stage: FunnelStage = "plan_agreed";
 */
export type FunnelStage = (typeof FUNNEL_STAGES)[number][0];
