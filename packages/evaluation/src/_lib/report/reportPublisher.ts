import type { SuppressionRule } from "../../disclosure/suppressionRules.ts";
import { SUPPRESSION_RULES } from "../../disclosure/suppressionRules.ts";
import {
  suppressSmallNumbers,
  type CountTableInput,
  type PublishedTable,
  type SuppressionOptions,
} from "../../disclosure/suppressSmallNumbers.ts";
import type { EvaluationReportOptions, Withheld } from "../../report/types.ts";

const NO_RULE: SuppressionRule = { name: "none", threshold: 0, roundTo: 1, secondary: false };

/** The disclosure rule and confidence level of one report, and how its sections publish. */
export interface ReportPublisher {
  readonly rule: SuppressionRule;
  readonly level: number;
  /** The fewest people a statistic may rest on: the rule's threshold + 1. */
  readonly minimumN: number;
  /** Protects a count table with the report's rule. */
  readonly publish: (table: CountTableInput, options?: SuppressionOptions) => PublishedTable;
  /** A statistic withheld for resting on fewer than minimumN people. */
  readonly withheld: () => Withheld;
  /** A statistic withheld because it could not be computed. */
  readonly failed: (message: string) => Withheld;
}

/** For tables whose columns are not parts of one whole (Before/After, Identified/Supported). */
export const NO_ROW_TOTALS: SuppressionOptions = { rowTotals: false };

/** The publisher for a report's options: NHS Digital 2018 and 95% unless they say otherwise. */
export function newReportPublisher(options: EvaluationReportOptions): ReportPublisher {
  const rule =
    options.suppression === false
      ? NO_RULE
      : (options.suppression ?? SUPPRESSION_RULES.nhsDigital2018);
  const minimumN = rule.threshold + 1;
  return {
    rule,
    level: options.confidenceLevel ?? 0.95,
    minimumN,
    publish: (table, tableOptions) => suppressSmallNumbers(table, rule, tableOptions),
    withheld: () => ({ withheld: true, reason: `based on fewer than ${minimumN} people` }),
    failed: (message) => ({ withheld: true, reason: message }),
  };
}
