import { describeValue } from "../_lib/describeValue.ts";
import { err, ok, type Result } from "@carerkit/core";
import type { AssessmentError, AssessmentIssue } from "../errors.ts";
import type { PrioritisedNeed } from "./types.ts";
import { eachOf } from "../_lib/arguments/eachOf.ts";
import { argumentError } from "../_lib/arguments/argumentError.ts";

/**
 * One agreed action: what will be done, by whom, by when.
 *
 * @example
 * const action: AgreedAction = {
 *   need: "money_and_benefits",
 *   action: "Benefits check with the carers' centre adviser",
 *   who: "Carer Coordinator",
 *   byWhen: "2026-12-06",
 * };
 */
export interface AgreedAction {
  /** The need's domain id. */
  readonly need: string;
  /** What will be done. */
  readonly action: string;
  /** Who will do it (the carer, a named role, a service). */
  readonly who: string;
  /** ISO 8601 date (YYYY-MM-DD). */
  readonly byWhen: string;
}

/**
 * A shared action plan: each prioritised need with its agreed actions, and the needs that have
 * none yet (so nothing silently drops off).
 *
 * @example
 * const plan: ActionPlan = { entries: [], needsWithoutActions: [] };
 */
export interface ActionPlan {
  /** Needs in priority order, each with its actions sorted by date. */
  readonly entries: readonly {
    readonly need: PrioritisedNeed;
    readonly actions: readonly AgreedAction[];
  }[];
  /** Domain ids of needs with no agreed action. */
  readonly needsWithoutActions: readonly string[];
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Builds the shared action plan from the prioritised needs and the actions agreed in the
 * assessment conversation: need → actions, who, by when.
 *
 * @param needs - From {@link prioritiseNeeds}.
 * @param actions - The agreed actions.
 * @returns The plan, or an `invalid_action_plan` error naming every action for an unknown need,
 *   with an empty field or with an invalid date.
 * @example
 * const plan = createActionPlan(needs, [
 *   { need: "breaks_from_caring", action: "Referral for a short break", who: "Social worker", byWhen: "2026-12-15" },
 * ]);
 */
export function createActionPlan(
  needs: readonly PrioritisedNeed[],
  actions: readonly AgreedAction[],
): Result<ActionPlan, AssessmentError> {
  const invalid = argumentError("invalid_action_plan", "createActionPlan", [
    [{ needs }, "array"],
    [{ actions }, "array"],
    ...eachOf("needs", needs, "plain object"),
    ...eachOf("actions", actions, "plain object"),
  ]);
  if (invalid !== undefined) return err(invalid);
  const issues: AssessmentIssue[] = [];
  const known = new Set(needs.map((n) => n.domain));
  actions.forEach((action, i) => {
    if (!known.has(action.need))
      issues.push({
        code: "unknown_need",
        path: ["actions", i, "need"],
        message: `actions.${i}.need: ${action.need} is not one of the prioritised needs`,
      });
    for (const field of ["action", "who"] as const)
      if (typeof action[field] !== "string" || action[field].trim() === "")
        issues.push({
          code: "missing_field",
          path: ["actions", i, field],
          message: `actions.${i}.${field}: expected text, got nothing`,
        });
    if (typeof action.byWhen !== "string" || !isIsoDate(action.byWhen))
      issues.push({
        code: "invalid_date",
        path: ["actions", i, "byWhen"],
        message: `actions.${i}.byWhen: expected a date YYYY-MM-DD, got ${describeValue(action.byWhen)}`,
      });
  });
  if (issues.length > 0)
    return err({
      code: "invalid_action_plan",
      message: `action plan: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues,
    });
  const entries = needs.map((need) => ({
    need,
    actions: actions
      .filter((a) => a.need === need.domain)
      .sort((a, b) => (a.byWhen < b.byWhen ? -1 : a.byWhen > b.byWhen ? 1 : 0)),
  }));
  return ok({
    entries,
    needsWithoutActions: entries.filter((e) => e.actions.length === 0).map((e) => e.need.domain),
  });
}
