import type { EvaluationReport, OutcomeMeasure } from "../../report/types.ts";
import { changeBins, scoreBins } from "./bins.ts";
import type { PairedOutcomes } from "./pairedOutcomes.ts";
import { NO_ROW_TOTALS, type ReportPublisher } from "./reportPublisher.ts";

/**
 * The distributions for the charts: scores before and after in up to 10 bins, and change in up
 * to 6 bins each side of 0; binned, then protected like any other table.
 */
export function publishOutcomeDistributions(
  outcomes: PairedOutcomes,
  measure: OutcomeMeasure,
  pub: ReportPublisher,
): Pick<EvaluationReport["outcome"], "distribution" | "changeDistribution"> {
  const { paired, pre, post, direction } = outcomes;
  const low = measure.min ?? Math.min(...pre, ...post);
  const high = measure.max ?? Math.max(...pre, ...post);
  const bins = paired.length === 0 ? [] : scoreBins(low, high, 10);
  const distribution = pub.publish(
    {
      rows: bins.map((b) => b.label),
      columns: ["Before", "After"],
      counts: bins.map((b) => [
        pre.filter((x) => b.contains(x)).length,
        post.filter((x) => b.contains(x)).length,
      ]),
    },
    NO_ROW_TOTALS,
  );
  const changes = paired.map((r) =>
    direction === "higher-is-better" ? r.post - r.pre : r.pre - r.post,
  );
  const span = Math.max(1, ...changes.map(Math.abs));
  const changeBinList = paired.length === 0 ? [] : changeBins(Math.ceil(span), 6);
  const changeDistribution = pub.publish({
    rows: changeBinList.map((b) => b.label),
    columns: ["People"],
    counts: changeBinList.map((b) => [changes.filter((x) => b.contains(x)).length]),
  });
  return { distribution, changeDistribution };
}
