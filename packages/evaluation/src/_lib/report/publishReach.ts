import type { PublishedTable } from "../../disclosure/suppressSmallNumbers.ts";
import { summariseReach } from "../../reach/summariseReach.ts";
import type { EvaluationReport } from "../../report/types.ts";
import type { EvaluationRow } from "../../report/evaluationDataset.ts";
import { NO_ROW_TOTALS, type ReportPublisher } from "./reportPublisher.ts";

type ReachGroups = ReturnType<typeof summariseReach>["byPeriod"];

/** One row per group with its Identified and Supported counts, protected without row totals. */
function publishGroups(groups: ReachGroups, pub: ReportPublisher): PublishedTable {
  return pub.publish(
    {
      rows: groups.map((p) => p.key),
      columns: ["Identified", "Supported"],
      counts: groups.map((p) => [p.identified, p.supported]),
    },
    NO_ROW_TOTALS,
  );
}

/** Carers identified and supported, by period and by referral source, protected. */
export function publishReach(
  rows: readonly EvaluationRow[],
  pub: ReportPublisher,
): EvaluationReport["reach"] {
  const reachSummary = summariseReach(
    rows.map((r) => ({
      period: r.period ?? "Not recorded",
      referralSource: r.referralSource,
      supported: r.supported ?? true,
    })),
  );
  return {
    byPeriod: publishGroups(reachSummary.byPeriod, pub),
    bySource: publishGroups(reachSummary.bySource, pub),
  };
}
