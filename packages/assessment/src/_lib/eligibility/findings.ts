// Three-valued findings (met, not met, unknown), combined with Kleene's strong logic: the
// regulations combine conditions with "and" (reg. 3(1)) and circumstances with "or" (reg. 3(2),
// 3(3)), and an unknown part decides nothing only when the known parts do not already decide.
import type { ConditionFinding, OpenAnswer } from "../../eligibility/types.ts";

export type Finding = ConditionFinding["finding"];

/** A condition's finding, the answers it still needs, and every answer of it still open. */
export interface JudgedCondition {
  readonly finding: Finding;
  /** The open answers that could change the finding (empty once it is met or not met). */
  readonly missing: readonly OpenAnswer[];
  /** Every unanswered question of this condition, needed or not. */
  readonly open: readonly OpenAnswer[];
}

/** Kleene AND: not met as soon as one part is not met; met if all are met; otherwise unknown. */
export function allOf(findings: readonly Finding[]): Finding {
  if (findings.includes("not_met")) return "not_met";
  return findings.every((f) => f === "met") ? "met" : "unknown";
}

/** Kleene OR: met as soon as one part is met; not met if none is; otherwise unknown. */
export function anyOf(findings: readonly Finding[]): Finding {
  if (findings.includes("met")) return "met";
  return findings.every((f) => f === "not_met") ? "not_met" : "unknown";
}

/** A yes/no answer as a finding; an answer left out is unknown. */
export function fromBoolean(value: boolean | undefined): Finding {
  return value === undefined ? "unknown" : value ? "met" : "not_met";
}

/** A condition as judged: its open answers are needed only while its finding is unknown. */
export function judged(finding: Finding, open: readonly OpenAnswer[]): JudgedCondition {
  return { finding, missing: finding === "unknown" ? open : [], open };
}
