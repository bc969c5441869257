import { err, ok, type Result } from "@carerkit/core";
import { checkAnswers } from "../_lib/checkAnswers.ts";
import type { AssessmentError } from "../errors.ts";
import type { Checklist, CompletedChecklist, PrioritisedNeed } from "./types.ts";
import { checklistChecks } from "../_lib/arguments/checklistChecks.ts";
import { argumentError } from "../_lib/arguments/argumentError.ts";

/**
 * Turns a completed checklist into the carer's prioritised needs, for the assessment
 * conversation: every domain where more support is wanted, ordered by the carer's own ranking
 * first (carer-led), then by how much more support is wanted, then in checklist order. Domains
 * marked `not_needed` are left out. Nothing is scored or totalled.
 *
 * @param checklist - The checklist answered.
 * @param completed - The carer's answers.
 * @returns The needs in priority order, or an `invalid_checklist` error naming every unknown
 *   domain, repeated domain and invalid level or priority.
 * @example
 * const needs = prioritiseNeeds(CORE_SUPPORT_NEEDS_CHECKLIST, {
 *   checklistId: "carerkit_core",
 *   completedOn: "2026-11-22",
 *   answers: [
 *     { domain: "breaks_from_caring", level: "a_lot" },
 *     { domain: "money_and_benefits", level: "some", carerPriority: 1 },
 *   ],
 * });
 * // money_and_benefits first (the carer's priority), then breaks_from_caring
 */
export function prioritiseNeeds(
  checklist: Checklist,
  completed: CompletedChecklist,
): Result<readonly PrioritisedNeed[], AssessmentError> {
  const invalid = argumentError(
    "invalid_checklist",
    "prioritiseNeeds",
    checklistChecks(checklist, { completed }),
  );
  if (invalid !== undefined) return err(invalid);
  const { byDomain, issues } = checkAnswers(checklist, completed, "completed");
  if (issues.length > 0)
    return err({
      code: "invalid_checklist",
      message: `completed checklist: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues,
    });
  const order = new Map(checklist.domains.map((d, i) => [d.id, i]));
  const needs = checklist.domains.flatMap((domain) => {
    const answer = byDomain.get(domain.id);
    if (answer === undefined || answer.level === "not_needed") return [];
    return [{ domain: domain.id, label: domain.label, level: answer.level, answer }];
  });
  needs.sort(
    (a, b) =>
      (a.answer.carerPriority ?? Infinity) - (b.answer.carerPriority ?? Infinity) ||
      (a.level === b.level ? 0 : a.level === "a_lot" ? -1 : 1) ||
      (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0),
  );
  return ok(
    needs.map(({ domain, label, level, answer }, i) => ({
      rank: i + 1,
      domain,
      label,
      level,
      ...(answer.carerPriority === undefined ? {} : { carerPriority: answer.carerPriority }),
      ...(answer.note === undefined ? {} : { note: answer.note }),
    })),
  );
}
