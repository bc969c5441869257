import { checkArgument, err, ok, type Result } from "@carerkit/core";
import { argumentIssue } from "../_lib/argumentIssue.ts";
import { checkRecordFields } from "../_lib/checkRecords.ts";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { ConfidenceInterval, ProportionEstimate, RetentionConfType } from "../types.ts";
import { checkConfidenceLevel, checkOneOf, twoSidedZ } from "../_lib/checks.ts";
import { wilson } from "../_lib/proportion.ts";
import { survivalInterval } from "../_lib/survival.ts";

/**
 * One participant's attendance: the last session they came to (0 = enrolled but never came)
 * and how their participation ended.
 *
 * @example
 * const record: AttendanceRecord = { lastSessionAttended: 3, status: "dropped-out" };
 */
export interface AttendanceRecord {
  /** The last session attended, 0…sessions. */
  readonly lastSessionAttended: number;
  /** `completed` the programme, `dropped-out`, or still `ongoing` (censored). */
  readonly status: "completed" | "dropped-out" | "ongoing";
}

/** Options for {@link summariseRetention}. */
export interface RetentionOptions {
  /** Number of sessions in the programme, e.g. 6 for a six-week course. Required. */
  readonly sessions: number;
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
  /**
   * The retention intervals, named as R's `survfit(conf.type = )`: `"log"` (default, as R),
   * `"log-log"` or `"plain"`.
   */
  readonly confType?: RetentionConfType | undefined;
}

/** One step of the retention curve. */
export interface RetentionStep {
  /** Session number (0 = before the first session). */
  readonly session: number;
  /** Participants still in the programme at this session (the risk set). */
  readonly atRisk: number;
  /** Participants whose last session was this one and who dropped out. */
  readonly droppedOut: number;
  /** Ongoing participants whose last session so far was this one (censored). */
  readonly censored: number;
  /** Kaplan–Meier estimate of the share still attending after this session. */
  readonly retained: number;
  /** Greenwood standard error of `retained`. */
  readonly standardError: number;
  /** The interval of `confType` (default log scale, R's default), within [0, 1]. */
  readonly confidenceInterval: ConfidenceInterval;
}

/** Completion and retention of a programme. */
export interface RetentionSummary {
  /** Number of participants. */
  readonly n: number;
  /** Completed / (completed + dropped out), ongoing participants excluded, with a Wilson interval. */
  readonly completion: ProportionEstimate;
  /** The retention curve, sessions 0…sessions. */
  readonly curve: readonly RetentionStep[];
  /** Where people drop out: dropouts by last session attended. */
  readonly dropoutBySession: readonly { readonly session: number; readonly count: number }[];
}

/** The most sessions a programme may have: the life table has one row per session. */
const MAX_SESSIONS = 1000;

/**
 * Completion rate and a Kaplan–Meier retention curve by session, with dropout as the event and
 * ongoing participants censored at their last session: S(k) = Π_{j≤k} (1 − d_j/n_j), where n_j
 * counts participants whose last session is at least j. Greenwood's variance and the log-scale
 * interval follow R's `survfit` defaults; `confType` gives survfit's `"log-log"` and `"plain"`.
 *
 * @param records - One record per participant.
 * @param options - Number of sessions, confidence level and interval type.
 * @returns Completion, the curve and dropouts by session, or an issue for invalid records.
 * @example
 * const result = summariseRetention(
 *   [
 *     { lastSessionAttended: 6, status: "completed" },
 *     { lastSessionAttended: 2, status: "dropped-out" },
 *     { lastSessionAttended: 6, status: "completed" },
 *     { lastSessionAttended: 4, status: "ongoing" },
 *   ],
 *   { sessions: 6 },
 * );
 * if (result.success) result.data.completion.proportion; //=> 0.6666666666666666
 */
export function summariseRetention(
  records: readonly AttendanceRecord[],
  options: RetentionOptions,
): Result<RetentionSummary, EvaluationIssue> {
  const shape = argumentIssue(() => {
    checkRecordFields(
      "summariseRetention",
      { records },
      {
        lastSessionAttended: ["finite number"],
        status: ["string"],
      },
    );
    checkArgument("summariseRetention", { options }, "plain object");
    checkArgument("summariseRetention", { "options.sessions": options.sessions }, "count");
  });
  if (shape) return err(shape);
  const badConfType = checkOneOf(options.confType, ["log", "log-log", "plain"], "confType");
  if (badConfType) return err(badConfType);
  const { sessions } = options;
  const level = options.confidenceLevel ?? 0.95;
  const problem = checkConfidenceLevel(level);
  if (problem) return err(problem);
  if (sessions < 1 || sessions > MAX_SESSIONS) {
    return err({
      code: "invalid_option",
      message: `sessions: expected an integer 1–${MAX_SESSIONS}`,
      path: ["sessions"],
    });
  }
  const events = Array.from({ length: sessions + 1 }, () => 0);
  const censored = Array.from({ length: sessions + 1 }, () => 0);
  let completed = 0;
  let dropped = 0;
  for (const [i, record] of records.entries()) {
    const last = record.lastSessionAttended;
    if (!Number.isInteger(last) || last < 0 || last > sessions) {
      return err({
        code: "out_of_range",
        message: `records[${i}].lastSessionAttended: expected an integer 0–${sessions}`,
        path: ["records", i, "lastSessionAttended"],
      });
    }
    if (record.status === "dropped-out") {
      dropped += 1;
      events[last] = (events[last] ?? 0) + 1;
    } else {
      if (record.status === "completed") completed += 1;
      censored[last] = (censored[last] ?? 0) + 1;
    }
  }
  if (records.length === 0 || completed + dropped === 0) {
    return err({
      code: "too_few_observations",
      message: `records: expected at least 1 completed or dropped-out participant, got ${records.length} records`,
      path: ["records"],
    });
  }
  const z = twoSidedZ(level);
  const confType = options.confType ?? "log";
  let atRisk = records.length;
  let retained = 1;
  let greenwood = 0;
  const curve: RetentionStep[] = [];
  for (let k = 0; k <= sessions; k++) {
    const d = events[k] ?? 0;
    const c = censored[k] ?? 0;
    if (atRisk > 0) {
      retained *= 1 - d / atRisk;
      if (atRisk > d) greenwood += d / (atRisk * (atRisk - d));
    }
    curve.push({
      session: k,
      atRisk,
      droppedOut: d,
      censored: c,
      retained,
      standardError: retained * Math.sqrt(greenwood),
      confidenceInterval: {
        ...survivalInterval(retained, { sigma: Math.sqrt(greenwood), z }, confType),
        level,
      },
    });
    atRisk -= d + c;
  }
  const decided = completed + dropped;
  return ok({
    n: records.length,
    completion: {
      count: completed,
      total: decided,
      proportion: completed / decided,
      method: "wilson",
      alternative: "two.sided",
      confidenceInterval: wilson(completed, decided, level),
    },
    curve,
    dropoutBySession: events.map((count, session) => ({ session, count })),
  });
}
