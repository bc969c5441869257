import { checkEmergencyPlanShape } from "../_lib/checkEmergencyPlanShape.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { readInstant } from "../_lib/zonedDate.ts";
import { canShare, type ShareDecision } from "../consent/canShare.ts";
import type { Consent } from "../consent/ConsentSchema.ts";
import { err, ok, type CarerKitIssue, type Result } from "../result/result.ts";
import type { InformationCategory } from "../vocabulary/informationCategories.ts";
import type { EmergencyPlan } from "./EmergencyPlanSchema.ts";

/**
 * Whom an emergency plan is to be shared with, and when.
 *
 * @example
 * const request: EmergencyPlanShareRequest = { recipientId: "member-3", asOf: "2026-11-22T09:00:00Z" };
 */
export interface EmergencyPlanShareRequest {
  /** The care circle member who would receive the plan. */
  readonly recipientId: string;
  /** The instant of the decision, ISO 8601 with `Z` or an offset. */
  readonly asOf: string;
}

/**
 * Why a plan was not shared: whose consent was missing (`cared_for` for their needs, `carer`
 * for the step-in contacts), with the full {@link ShareDecision} that explains it.
 *
 * @example
 * const refusal: EmergencyPlanShareRefusal = {
 *   code: "consent_required", subject: "cared_for", decision,
 *   message: "caredForId: Not allowed: there is no consent from person-1 for share_with_circle_member with member-3.",
 *   path: ["caredForId"],
 * };
 */
export interface EmergencyPlanShareRefusal extends CarerKitIssue<"consent_required"> {
  readonly subject: "cared_for" | "carer";
  readonly decision: ShareDecision;
}

/**
 * Shares an emergency plan with a care circle member only when consent allows, through
 * {@link canShare}: the cared-for person's consent must cover `care_plan` and `about_me` (and
 * `medication` when medicines are listed), and the carer's must cover `contact_details` for the
 * step-in contacts. All or nothing: no part of the plan is released when either is missing.
 *
 * @param plan - A parsed plan.
 * @param consents - The consents on record.
 * @param request - The recipient and the instant of the decision.
 * @returns The plan, or the refusal with the decision that explains it.
 * @throws {@link CarerKitError} `invalid_input` naming `asOf` when it is not an instant with an
 * offset (an unreadable instant must never read as consent).
 * @example
 * const shared = shareEmergencyPlan(plan, consents, { recipientId: "member-3", asOf: "2026-11-22T09:00:00Z" });
 * if (!shared.success) console.log(shared.error.decision.explanation);
 */
export function shareEmergencyPlan(
  plan: EmergencyPlan,
  consents: readonly Consent[],
  request: EmergencyPlanShareRequest,
): Result<EmergencyPlan, EmergencyPlanShareRefusal> {
  checkEmergencyPlanShape("shareEmergencyPlan", "plan", plan);
  checkFields("shareEmergencyPlan", { request }, { recipientId: "string" });
  const asOf = readInstant("shareEmergencyPlan", { "request.asOf": request.asOf });
  const needs: InformationCategory[] = ["care_plan", "about_me"];
  if ((plan.medication ?? []).length > 0) needs.push("medication");
  const asks = [
    { subject: "cared_for", field: "caredForId", subjectId: plan.caredForId, categories: needs },
    {
      subject: "carer",
      field: "carerId",
      subjectId: plan.carerId,
      categories: ["contact_details"],
    },
  ] as const;
  for (const ask of asks) {
    const decision = canShare(
      consents,
      {
        subjectId: ask.subjectId,
        purpose: "share_with_circle_member",
        recipientId: request.recipientId,
        categories: ask.categories,
      },
      asOf,
    );
    if (!decision.allowed) {
      return err({
        code: "consent_required",
        subject: ask.subject,
        decision,
        message: `${ask.field}: ${decision.explanation}`,
        path: [ask.field],
      });
    }
  }
  return ok(plan);
}
