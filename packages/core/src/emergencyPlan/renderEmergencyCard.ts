import { checkEmergencyPlanShape } from "../_lib/checkEmergencyPlanShape.ts";
import { checkFields } from "../_lib/checkFields.ts";
import type { EmergencyPlan } from "./EmergencyPlanSchema.ts";

/** Options for {@link renderEmergencyCard}. */
export interface EmergencyCardOptions {
  /** How many step-in contacts to print (default 2, at most 3: the card is small). */
  readonly contacts?: number | undefined;
}

/**
 * The short text of a carer's emergency card, to print and carry, as carers' centres issue
 * them: that the carer looks after someone who depends on them, who to call, and the plan's
 * reference. It deliberately leaves out medication, conditions and routines: a lost card must
 * not disclose them. Plain text, one fact a line, no wider than 60 characters where possible.
 *
 * @param plan - A parsed plan.
 * @param options - How many contacts to print.
 * @returns The card's lines joined with `\n`.
 * @example
 * renderEmergencyCard(plan).split("\n")[0]; //=> "CARER'S EMERGENCY CARD"
 */
export function renderEmergencyCard(
  plan: EmergencyPlan,
  options: EmergencyCardOptions = {},
): string {
  checkEmergencyPlanShape("renderEmergencyCard", "plan", plan);
  checkFields("renderEmergencyCard", { options }, { contacts: "finite number?" });
  const wanted = options.contacts ?? 2;
  const count = Number.isFinite(wanted) ? Math.min(Math.max(Math.trunc(wanted), 1), 3) : 2;
  const reachable = (plan.stepIn ?? []).filter(
    (p) => p.phone !== undefined || p.email !== undefined,
  );
  const contacts = reachable.slice(0, count).map((p) => {
    const who = p.relationship === undefined ? p.name : `${p.name} (${p.relationship})`;
    return `- ${who}: ${p.phone ?? p.email ?? ""}`;
  });
  return [
    "CARER'S EMERGENCY CARD",
    `${plan.carerName} is a carer.`,
    `${plan.caredForName} depends on them and may be alone.`,
    "If they are ill, injured or cannot get home, please call:",
    ...(contacts.length > 0 ? contacts : ["- (no contact recorded: see the emergency plan)"]),
    `Emergency plan ref: ${plan.id} (review by ${plan.reviewOn})`,
  ].join("\n");
}
