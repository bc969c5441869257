import { summariseRetention, type AttendanceRecord } from "../../attendance/summariseRetention.ts";
import type { EvaluationReport } from "../../report/types.ts";
import type { EvaluationRow } from "../../report/evaluationDataset.ts";
import { isSmall } from "./isSmall.ts";
import { oneWay } from "./oneWay.ts";
import type { ReportPublisher } from "./reportPublisher.ts";

/** The attendance of rows that record both their last session and their status. */
export function attendanceOf(rows: readonly EvaluationRow[]): AttendanceRecord[] {
  return rows.flatMap((r): AttendanceRecord[] =>
    r.lastSessionAttended === undefined || r.status === undefined
      ? []
      : [{ lastSessionAttended: r.lastSessionAttended, status: r.status }],
  );
}

/**
 * The retention section: completion (withheld below minimumN or when a small number), the
 * retention curve (withheld below minimumN), and dropouts by last session attended.
 */
export function publishRetention(
  attendance: readonly AttendanceRecord[],
  sessionCount: number | undefined,
  pub: ReportPublisher,
): EvaluationReport["retention"] {
  const sessions = sessionCount ?? Math.max(1, ...attendance.map((a) => a.lastSessionAttended));
  const retentionResult = summariseRetention(attendance, { sessions, confidenceLevel: pub.level });
  const dropoutCounts = Array.from(
    { length: sessions + 1 },
    (_, k) =>
      attendance.filter((a) => a.status === "dropped-out" && a.lastSessionAttended === k).length,
  );
  return {
    completion:
      retentionResult.success &&
      retentionResult.data.completion.total >= pub.minimumN &&
      !isSmall(
        retentionResult.data.completion.count,
        retentionResult.data.completion.total,
        pub.rule,
      )
        ? {
            percentage: 100 * retentionResult.data.completion.proportion,
            confidenceInterval: retentionResult.data.completion.confidenceInterval,
          }
        : pub.withheld(),
    curve:
      retentionResult.success && attendance.length >= pub.minimumN
        ? retentionResult.data.curve.map((s) => ({
            session: s.session,
            retained: s.retained,
            confidenceInterval: s.confidenceInterval,
          }))
        : pub.withheld(),
    dropout: pub.publish(
      oneWay(
        dropoutCounts.map((count, k) => [k === 0 ? "Never attended" : `After session ${k}`, count]),
        "People",
      ),
    ),
  };
}
