import { checkArgument } from "@carerkit/core";
import { checkRecordFields, type RecordFields } from "../_lib/checkRecords.ts";
import type { EvaluationRow } from "./evaluationDataset.ts";
import type { EvaluationReport, EvaluationReportOptions } from "./types.ts";
import { oneWay } from "../_lib/report/oneWay.ts";
import { publishOutcome } from "../_lib/report/publishOutcome.ts";
import { publishReach } from "../_lib/report/publishReach.ts";
import { publishServiceSections } from "../_lib/report/publishServiceSections.ts";
import { attendanceOf, publishRetention } from "../_lib/report/publishRetention.ts";
import { publishSatisfaction, satisfactionAnswers } from "../_lib/report/publishSatisfaction.ts";
import { newReportPublisher } from "../_lib/report/reportPublisher.ts";
import { publishPathway } from "../_lib/report/publishPathway.ts";

/**
 * Builds the structured evaluation report from a dataset: outcome statistics, change and
 * reliable change for one or several outcome measures, satisfaction, completion and retention,
 * reach, and (when their records are given) casework, outreach, fair treatment and carer voice. Small-number suppression is
 * applied to every count table (default NHS Digital 2018 with secondary suppression);
 * percentages come from published counts; means, tests, effect sizes, medians and curves are
 * withheld when they rest on fewer people than the rule's threshold + 1. The result holds no
 * row-level data and no identifier.
 *
 * @param rows - The dataset, e.g. from `readEvaluationCsv` in `@carerkit/evaluation/report`.
 * @param options - Title, outcome measure, sessions, scale, disclosure rule, confidence level.
 * @returns The report, ready for `renderEvaluationReportHtml` or `toReportCsvTables`.
 * @example
 * const report = buildEvaluationReport(rows, {
 *   title: "Better Together carers' programme 2026",
 *   outcome: { name: "SWEMWBS", min: 7, max: 35, reliability: 0.84, minimalImportantChange: 3 },
 *   sessions: 6,
 * });
 */
export function buildEvaluationReport(
  rows: readonly EvaluationRow[],
  options: EvaluationReportOptions,
): EvaluationReport {
  checkRecordFields("buildEvaluationReport", { rows }, ROW_FIELDS);
  checkArgument("buildEvaluationReport", { options }, "plain object");
  checkArgument("buildEvaluationReport", { "options.title": options.title }, "string");
  if (options.sessions !== undefined) {
    checkArgument("buildEvaluationReport", { "options.sessions": options.sessions }, "count");
  }
  const pub = newReportPublisher(options);
  const main = publishOutcome(rows, options.outcome, pub);
  const sections = [
    main,
    ...(options.outcomes ?? []).map((measure) => publishOutcome(rows, measure, pub)),
  ];
  const answers = satisfactionAnswers(rows);
  const satisfaction = publishSatisfaction(
    answers,
    options.satisfactionLevels ?? [1, 2, 3, 4, 5],
    pub,
  );
  const attendance = attendanceOf(rows);
  const retention = publishRetention(attendance, options.sessions, pub);
  const reach = publishReach(rows, pub);
  const completeness = pub.publish(
    oneWay(
      [
        ["Rows", rows.length],
        ...sections.map((x, i): [string, number] => [
          i === 0 ? "Both outcome scores" : `Both scores: ${x.section.measure.name}`,
          x.pairs,
        ]),
        ["Attendance recorded", attendance.length],
        ["Satisfaction answered", answers.length],
      ],
      "Rows",
    ),
    { columnTotals: false },
  );

  return {
    title: options.title,
    rule: options.suppression === false ? null : pub.rule,
    confidenceLevel: pub.level,
    completeness,
    outcome: main.section,
    outcomes: sections.map((x) => x.section),
    satisfaction,
    retention,
    reach,
    service: publishServiceSections(options.service, pub),
    pathway: publishPathway(options),
  };
}

/** The shape of each dataset row, as {@link EvaluationRow} documents it. */
const ROW_FIELDS: RecordFields = {
  personId: ["string"],
  period: ["string", "optional"],
  referralSource: ["string", "optional"],
  supported: ["boolean", "optional"],
  pre: ["finite number", "optional"],
  post: ["finite number", "optional"],
  outcomes: ["plain object", "optional"],
  lastSessionAttended: ["count", "optional"],
  status: ["string", "optional"],
  satisfaction: ["finite number", "optional"],
};
