import type { AssessmentIssue } from "../../errors.ts";
import type { Instrument } from "../../instrument/types/instrument.ts";
import { issue } from "./issue.ts";

/** Prorating may allow 1 to (items − 1) missing answers, a whole number; anything else is reported. */
export function checkMissingRule(instrument: Instrument, issues: AssessmentIssue[]): void {
  const rule = instrument.missing;
  if (
    rule.kind === "prorate" &&
    (!Number.isInteger(rule.maxMissing) ||
      rule.maxMissing < 1 ||
      rule.maxMissing >= instrument.items.length)
  )
    issues.push(
      issue(
        "invalid_missing_rule",
        ["missing", "maxMissing"],
        `expected a whole number from 1 to ${instrument.items.length - 1}, got ${rule.maxMissing}`,
      ),
    );
}
