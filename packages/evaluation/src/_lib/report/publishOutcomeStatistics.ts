import type { PublishedOutcomeStatistics, Withheld } from "../../report/types.ts";
import type { PairedOutcomes } from "./pairedOutcomes.ts";
import type { ReportPublisher } from "./reportPublisher.ts";

/** The paired statistics, withheld below minimumN pairs or when they could not be computed. */
export function publishOutcomeStatistics(
  outcomes: PairedOutcomes,
  pub: ReportPublisher,
): PublishedOutcomeStatistics | Withheld {
  const { paired, summary } = outcomes;
  if (paired.length < pub.minimumN) return pub.withheld();
  if (!summary.success) return pub.failed(summary.error.message);
  const s = summary.data;
  return {
    n: s.n,
    pre: s.pre,
    post: s.post,
    difference: s.difference,
    tTest: s.tTest,
    wilcoxon: s.wilcoxon.success ? s.wilcoxon.data : pub.failed(s.wilcoxon.error.message),
    effectSizes: s.effectSizes.success
      ? s.effectSizes.data
      : pub.failed(s.effectSizes.error.message),
  };
}
