import { err, ok, type Result } from "@carerkit/core";
import { match } from "ts-pattern";
import { checkAnswers } from "../_lib/checkAnswers.ts";
import type { AssessmentError } from "../errors.ts";
import type { Checklist, CompletedChecklist, SupportLevel } from "./types.ts";
import { checklistChecks } from "../_lib/arguments/checklistChecks.ts";
import { argumentError } from "../_lib/arguments/argumentError.ts";

/**
 * How one domain changed between two checklists.
 *
 * @example
 * const change: DomainChange = "resolved";
 */
export type DomainChange =
  "resolved" | "improved" | "unchanged" | "worse" | "new_need" | "not_compared";

/**
 * The shared review: each domain's change between an earlier and a later checklist, and counts.
 *
 * @example
 * const review: ChecklistReview = compareChecklists(checklist, first, second).data;
 */
export interface ChecklistReview {
  /** Each domain in checklist order. */
  readonly domains: readonly {
    readonly domain: string;
    readonly label: string;
    readonly earlier: SupportLevel | undefined;
    readonly later: SupportLevel | undefined;
    readonly change: DomainChange;
  }[];
  /** How many domains changed in each way. */
  readonly counts: Readonly<Record<DomainChange, number>>;
  /** The two dates compared. */
  readonly from: string;
  /** The later date. */
  readonly to: string;
}

const RANK: Readonly<Record<SupportLevel, number>> = { not_needed: 0, some: 1, a_lot: 2 };

function changeOf(
  earlier: SupportLevel | undefined,
  later: SupportLevel | undefined,
): DomainChange {
  if (earlier === undefined || later === undefined) return "not_compared";
  const [a, b] = [RANK[earlier], RANK[later]];
  return match({ a, b })
    .when(
      ({ a, b }) => a === b,
      () => "unchanged" as const,
    )
    .when(
      ({ a, b }) => a > 0 && b === 0,
      () => "resolved" as const,
    )
    .when(
      ({ a, b }) => a === 0 && b > 0,
      () => "new_need" as const,
    )
    .when(
      ({ a, b }) => b < a,
      () => "improved" as const,
    )
    .otherwise(() => "worse" as const);
}

/**
 * Compares a later checklist with an earlier one for the shared review: per domain, whether the
 * need was resolved, improved, unchanged, got worse or is new. Domains answered only once are
 * `not_compared` (never assumed unchanged).
 *
 * @param checklist - The checklist both were answered on.
 * @param earlier - The first checklist.
 * @param later - The review checklist.
 * @returns The review, or an `invalid_checklist` error naming every problem in either.
 * @example
 * const review = compareChecklists(CORE_SUPPORT_NEEDS_CHECKLIST, atAssessment, atReview);
 * if (review.success) review.data.counts.resolved;
 */
export function compareChecklists(
  checklist: Checklist,
  earlier: CompletedChecklist,
  later: CompletedChecklist,
): Result<ChecklistReview, AssessmentError> {
  const invalid = argumentError("invalid_checklist", "compareChecklists", [
    ...checklistChecks(checklist, { earlier, later }),
  ]);
  if (invalid !== undefined) return err(invalid);
  const before = checkAnswers(checklist, earlier, "earlier");
  const after = checkAnswers(checklist, later, "later");
  const issues = [...before.issues, ...after.issues];
  if (issues.length > 0)
    return err({
      code: "invalid_checklist",
      message: `review: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues,
    });
  const counts: Record<DomainChange, number> = {
    resolved: 0,
    improved: 0,
    unchanged: 0,
    worse: 0,
    new_need: 0,
    not_compared: 0,
  };
  const domains = checklist.domains.map((domain) => {
    const a = before.byDomain.get(domain.id)?.level;
    const b = after.byDomain.get(domain.id)?.level;
    const change = changeOf(a, b);
    counts[change]++;
    return { domain: domain.id, label: domain.label, earlier: a, later: b, change };
  });
  return ok({ domains, counts, from: earlier.completedOn, to: later.completedOn });
}
