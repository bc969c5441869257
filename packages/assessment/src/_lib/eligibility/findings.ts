// Three-valued findings, combined as the regulations combine conditions: all must hold.
import type { ConditionFinding, MissingAnswer } from "../../eligibility/types.ts";

export type Finding = ConditionFinding["finding"];

/** A condition's finding and the answers it still needs. */
export interface JudgedCondition {
  readonly finding: Finding;
  readonly missing: readonly MissingAnswer[];
}

/** Not met if any is not met; met if all are met; otherwise unknown. */
export function allOf(findings: readonly Finding[]): Finding {
  if (findings.includes("not_met")) return "not_met";
  return findings.every((f) => f === "met") ? "met" : "unknown";
}

/** A yes/no answer as a finding; an answer left out is unknown. */
export function fromBoolean(value: boolean | undefined): Finding {
  return value === undefined ? "unknown" : value ? "met" : "not_met";
}
