import type { OutcomeMeasure, OutcomeSection } from "../../report/types.ts";
import type { EvaluationRow } from "../../report/evaluationDataset.ts";
import { pairedOutcomes } from "./pairedOutcomes.ts";
import { publishChangeTables } from "./publishChangeTables.ts";
import { publishOutcomeDistributions } from "./publishOutcomeDistributions.ts";
import { publishOutcomeStatistics } from "./publishOutcomeStatistics.ts";
import type { ReportPublisher } from "./reportPublisher.ts";

/** One outcome measure's protected section, and how many complete pairs it rests on. */
export function publishOutcome(
  rows: readonly EvaluationRow[],
  measure: OutcomeMeasure,
  pub: ReportPublisher,
): { readonly section: OutcomeSection; readonly pairs: number } {
  const outcomes = pairedOutcomes(rows, measure, pub.level);
  return {
    pairs: outcomes.paired.length,
    section: {
      measure,
      statistics: publishOutcomeStatistics(outcomes, pub),
      ...publishChangeTables(outcomes, pub),
      ...publishOutcomeDistributions(outcomes, measure, pub),
    },
  };
}
