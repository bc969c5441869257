import { err, ok, type CheckIn, type Goal, type Result } from "@carerkit/core";
import { compareChecklists, type ChecklistReview } from "../checklist/compareChecklists.ts";
import type { Checklist, CompletedChecklist } from "../checklist/types.ts";
import type { AssessmentError, AssessmentIssue } from "../errors.ts";
import { compareScores, type ScoreComparison } from "../instrument/compareScores.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentScore } from "../instrument/types/score.ts";
import { reliableChangeIndex } from "../_lib/review/reliableChange.ts";
import {
  checkInLines,
  checklistLines,
  goalLines,
  scoreLine,
  winLines,
} from "../_lib/review/reviewLines.ts";
import { field } from "../_lib/arguments/field.ts";
import { argumentError } from "../_lib/arguments/argumentError.ts";

/**
 * One instrument's scores at the last review and now, with optional norms for reliable change.
 *
 * @example
 * const pair: ReviewScorePair = { instrument: SWEMWBS, earlier, later, norms: { sd: 3.8, reliability: 0.84 } };
 */
export interface ReviewScorePair {
  readonly instrument: Instrument;
  readonly earlier: InstrumentScore;
  readonly later: InstrumentScore;
  /**
   * The SD of the baseline population and the instrument's reliability, on the scale that
   * {@link compareScores} compares, for the Jacobson–Truax reliable change index.
   */
  readonly norms?: { readonly sd: number; readonly reliability: number } | undefined;
}

/**
 * A score change as the review reads it: the comparison, the reliable change index when norms
 * were given, and what it means. With norms, a change is `better` or `worse` when it is reliable
 * (|RCI| > 1.96) and not below the instrument's minimal important change; without norms, when it
 * reaches the minimal important change. Otherwise, or when neither can be judged, `about_the_same`.
 *
 * @example
 * const reviewed: ReviewedScore = { name: "SWEMWBS", comparison, reliableChange: { rci: 2.1, reliable: true }, meaning: "better" };
 */
export interface ReviewedScore {
  readonly name: string;
  readonly comparison: ScoreComparison;
  readonly reliableChange: { readonly rci: number; readonly reliable: boolean } | null;
  readonly meaning: "better" | "worse" | "about_the_same";
}

/**
 * What happened since the last review: the period, and the records to join.
 *
 * @example
 * const input: CareReviewInput = { carerId: "carer-1", since: "2026-06-01", until: "2026-12-01", goals, checkIns };
 */
export interface CareReviewInput {
  readonly carerId: string;
  /** The last review (exclusive), `YYYY-MM-DD`. */
  readonly since: string;
  /** This review (inclusive), `YYYY-MM-DD`. */
  readonly until: string;
  /** The checklist answered at the last review and now. */
  readonly checklists?:
    | {
        readonly checklist: Checklist;
        readonly earlier: CompletedChecklist;
        readonly later: CompletedChecklist;
      }
    | undefined;
  readonly scores?: readonly ReviewScorePair[] | undefined;
  /** The carer's goals (another carer's are left out and counted). */
  readonly goals?: readonly Goal[] | undefined;
  /** The carer's check-ins (others' and those outside the period are ignored and counted). */
  readonly checkIns?: readonly CheckIn[] | undefined;
}

/**
 * The typed summary of a care review, and the plain-language lines to read to the carer, wins
 * first.
 *
 * @example
 * const summary: CareReviewSummary = summariseCareReview(input).data;
 * summary.lines[0]; //=> 'You reached your goal: "An afternoon a week for myself". Well done.'
 */
export interface CareReviewSummary {
  readonly carerId: string;
  readonly since: string;
  readonly until: string;
  /** Goals achieved in the period, and goals still open or in progress. */
  readonly goals: { readonly achieved: readonly Goal[]; readonly ongoing: readonly Goal[] };
  /** Small wins from check-ins in the period, in date order. */
  readonly smallWins: readonly { readonly date: string; readonly text: string }[];
  /** Check-ins in the period, in date order. */
  readonly checkIns: readonly CheckIn[];
  readonly checklist: ChecklistReview | null;
  readonly scores: readonly ReviewedScore[];
  /** Records given but not in this review: goals of another carer; check-ins of another carer or outside the period. */
  readonly leftOut: { readonly goals: number; readonly checkIns: number };
  /** Sentences a support worker can read to the carer: wins, better, scores, check-ins, still to do. */
  readonly lines: readonly string[];
}

function reviewScore(pair: ReviewScorePair): ReviewedScore {
  const comparison = compareScores(pair.instrument, pair.earlier, pair.later);
  const rc =
    pair.norms === undefined ? undefined : reliableChangeIndex(comparison.change, pair.norms);
  const important = comparison.outcome === "improved" || comparison.outcome === "worsened";
  const real =
    rc === undefined ? important : rc.reliable && comparison.outcome !== "no_important_change";
  const better =
    pair.instrument.direction === "higher_is_better"
      ? comparison.change > 0
      : comparison.change < 0;
  return {
    name: pair.instrument.shortTitle ?? pair.instrument.title,
    comparison,
    reliableChange: rc ?? null,
    meaning: !real || comparison.change === 0 ? "about_the_same" : better ? "better" : "worse",
  };
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkPeriod(input: CareReviewInput): AssessmentIssue[] {
  const bad = (["since", "until"] as const)
    .filter((field) => !ISO_DATE.test(input[field]))
    .map((field) => ({
      code: "invalid_date" as const,
      message: `${field}: expected a date as YYYY-MM-DD`,
      path: [field],
    }));
  if (bad.length === 0 && input.until < input.since)
    bad.push({
      code: "invalid_date",
      message: "until: expected a date on or after since",
      path: ["until"],
    });
  return bad;
}

function checkPairs(pairs: readonly ReviewScorePair[]): AssessmentIssue[] {
  return pairs.flatMap((p, i) =>
    (["earlier", "later"] as const)
      .filter((side) => p[side].instrumentId !== p.instrument.id)
      .map((side) => ({
        code: "instrument_mismatch" as const,
        message: `scores[${String(i)}].${side}: expected a score on ${p.instrument.id}, got one on ${p[side].instrumentId}`,
        path: ["scores", i, side],
      })),
  );
}

/**
 * Summarises a care review: joins the timeline since the last review — goals achieved, small
 * wins and check-ins from core, checklist changes ({@link compareChecklists}) and score changes
 * ({@link compareScores}, with the Jacobson–Truax reliable change index when norms are given) —
 * into one typed summary with plain-language lines a support worker can read to the carer. The
 * wins come first, then what is better, the scores, the check-ins, what needs more help, and the
 * goals still being worked on. A score change counts as real only when it is reliable (with
 * norms) and at least the instrument's minimal important change (where it has one).
 *
 * @param input - The carer, the period and the records to join.
 * @returns The summary, or an error naming every mismatched score or invalid checklist.
 * @example
 * const review = summariseCareReview({ carerId: "carer-1", since: "2026-06-01", until: "2026-12-01", goals, checkIns });
 * if (review.success) review.data.lines.forEach((line) => console.log(line));
 */
export function summariseCareReview(
  input: CareReviewInput,
): Result<CareReviewSummary, AssessmentError> {
  const invalid = argumentError("invalid_review", "summariseCareReview", [
    [{ input }, "plain object"],
    [{ "input.carerId": field(input, "carerId") }, "string"],
    [{ "input.since": field(input, "since") }, "string"],
    [{ "input.until": field(input, "until") }, "string"],
    ...(
      [
        ["checklists", "plain object"],
        ["scores", "array"],
        ["goals", "array"],
        ["checkIns", "array"],
      ] as const
    ).flatMap(([key, kind]) => {
      const value = field(input, key);
      return value === undefined ? [] : [[{ [`input.${key}`]: value }, kind] as const];
    }),
  ]);
  if (invalid !== undefined) return err(invalid);
  const inPeriod = (date: string | undefined) =>
    date !== undefined && date > input.since && date <= input.until;
  const pairs = input.scores ?? [];
  const issues = [...checkPeriod(input), ...checkPairs(pairs)];
  let checklist: ChecklistReview | null = null;
  if (input.checklists) {
    const { checklist: definition, earlier, later } = input.checklists;
    const compared = compareChecklists(definition, earlier, later);
    if (compared.success) checklist = compared.data;
    else issues.push(...compared.error.issues);
  }
  if (issues.length > 0)
    return err({
      code: "invalid_review",
      message: `review: ${String(issues.length)} problem${issues.length === 1 ? "" : "s"}`,
      issues,
    });

  const goals = (input.goals ?? []).filter((g) => g.carerId === input.carerId);
  const achieved = goals.filter((g) => g.status === "achieved" && inPeriod(g.achievedOn));
  const ongoing = goals.filter((g) => g.status === "open" || g.status === "in_progress");
  const checkIns = (input.checkIns ?? [])
    .filter((c) => c.carerId === input.carerId && inPeriod(c.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const scores = pairs.map(reviewScore);
  const changes = checklist ? checklistLines(checklist) : { better: [], worse: [] };
  const lines = [
    ...winLines(achieved, checkIns),
    ...changes.better,
    ...scores.map(scoreLine),
    ...checkInLines(checkIns),
    ...changes.worse,
    ...goalLines(ongoing),
  ];
  return ok({
    carerId: input.carerId,
    since: input.since,
    until: input.until,
    goals: { achieved, ongoing },
    smallWins: checkIns.flatMap((c) => c.smallWins.map((w) => ({ date: c.date, text: w.text }))),
    checkIns,
    checklist,
    scores,
    leftOut: {
      goals: (input.goals ?? []).length - goals.length,
      checkIns: (input.checkIns ?? []).length - checkIns.length,
    },
    lines,
  });
}
