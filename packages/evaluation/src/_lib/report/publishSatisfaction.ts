import { summariseLikert } from "../../likert/summariseLikert.ts";
import type { EvaluationReport } from "../../report/types.ts";
import type { EvaluationRow } from "../../report/evaluationDataset.ts";
import { isSmall } from "./isSmall.ts";
import { oneWay } from "./oneWay.ts";
import type { ReportPublisher } from "./reportPublisher.ts";
import { shares } from "./shares.ts";

/**
 * The satisfaction section: the distribution of answers, and the median and top-box share,
 * withheld below minimumN answers or when the top box is a small number.
 */
export function publishSatisfaction(
  answers: readonly number[],
  levels: readonly number[],
  pub: ReportPublisher,
): EvaluationReport["satisfaction"] {
  const likert = summariseLikert(answers, { levels, confidenceLevel: pub.level });
  const distribution = shares(
    pub.publish(
      oneWay(
        levels.map((l) => [String(l), answers.filter((a) => a === l).length]),
        "People",
      ),
    ),
  );
  const likertOk = likert.success && answers.length >= pub.minimumN ? likert : undefined;
  return {
    median: likertOk ? likertOk.data.median : pub.withheld(),
    topBox:
      likertOk && !isSmall(likertOk.data.topBox.count, likertOk.data.n, pub.rule)
        ? {
            levels: likertOk.data.topBoxLevels,
            percentage: 100 * likertOk.data.topBox.proportion,
            confidenceInterval: likertOk.data.topBox.confidenceInterval,
          }
        : pub.withheld(),
    distribution,
  };
}

/** The satisfaction answers given, in row order. */
export function satisfactionAnswers(rows: readonly EvaluationRow[]): number[] {
  return rows.flatMap((r) => (r.satisfaction === undefined ? [] : [r.satisfaction]));
}
