import { describeValue } from "./describeValue.ts";
import type { AssessmentIssue } from "../errors.ts";
import type { Checklist, CompletedChecklist, DomainAnswer } from "../checklist/types.ts";

const LEVELS = new Set(["not_needed", "some", "a_lot"]);

/** Checks a completed checklist against its checklist; returns its answers by domain and every issue. */
export function checkAnswers(
  checklist: Checklist,
  completed: CompletedChecklist,
  prefix: string,
): { byDomain: Map<string, DomainAnswer>; issues: AssessmentIssue[] } {
  const issues: AssessmentIssue[] = [];
  const known = new Set(checklist.domains.map((d) => d.id));
  const byDomain = new Map<string, DomainAnswer>();
  if (completed.checklistId !== checklist.id)
    issues.push({
      code: "instrument_mismatch",
      path: [prefix, "checklistId"],
      message: `${prefix}.checklistId: expected ${checklist.id}, got ${completed.checklistId}`,
    });
  completed.answers.forEach((answer, i) => {
    const path = [prefix, "answers", i];
    const where = `${prefix}.answers.${i}`;
    if (!known.has(answer.domain))
      issues.push({
        code: "unknown_domain",
        path: [...path, "domain"],
        message: `${where}.domain: ${checklist.id} has no domain ${answer.domain}`,
      });
    else if (byDomain.has(answer.domain))
      issues.push({
        code: "duplicate_id",
        path: [...path, "domain"],
        message: `${where}.domain: ${answer.domain} is answered more than once`,
      });
    if (!LEVELS.has(answer.level))
      issues.push({
        code: "invalid_rating",
        path: [...path, "level"],
        message: `${where}.level: expected not_needed, some or a_lot, got ${describeValue(answer.level)}`,
      });
    const priority = answer.carerPriority;
    if (priority !== undefined && (!Number.isInteger(priority) || priority < 1))
      issues.push({
        code: "invalid_rating",
        path: [...path, "carerPriority"],
        message: `${where}.carerPriority: expected a whole number from 1, got ${describeValue(priority)}`,
      });
    if (known.has(answer.domain) && !byDomain.has(answer.domain))
      byDomain.set(answer.domain, answer);
  });
  return { byDomain, issues };
}
