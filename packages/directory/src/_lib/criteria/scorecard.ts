import type { Criterion } from "../../match/query.ts";
import type { CriterionState, Outcome } from "./types.ts";

/** The outcomes and points recorded so far for one offer. */
export interface Scorecard {
  readonly hard: ReadonlySet<Criterion>;
  readonly outcomes: Outcome[];
  readonly breakdown: Partial<Record<Criterion | "unknown_penalty", number>>;
}

export function newScorecard(hard: ReadonlySet<Criterion>): Scorecard {
  return { hard, outcomes: [], breakdown: {} };
}

/** Records a criterion's outcome and its points, rounded to hundredths. */
export function mark(
  card: Scorecard,
  criterion: Criterion,
  r: { readonly state: CriterionState; readonly detail: string; readonly score: number },
): void {
  const { state, detail, score } = r;
  card.outcomes.push({ criterion, state, hard: card.hard.has(criterion), detail });
  card.breakdown[criterion] = Math.round(score * 100) / 100;
}
