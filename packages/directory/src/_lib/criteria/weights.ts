import type { Criterion } from "../../match/query.ts";

/** The most points each criterion can give. */
export const WEIGHTS: Readonly<Record<Criterion, number>> = {
  status: 0,
  needs: 40,
  distance: 20,
  area: 4,
  carer_age: 4,
  cared_for_age: 4,
  condition: 6,
  delivery: 4,
  language: 6,
  accessibility: 6,
  cost: 6,
  availability: 10,
  text: 10,
  freshness: 4,
};

/** Points taken off for each hard criterion that is unknown. */
export const UNKNOWN_HARD_PENALTY = 3;

/** What an unknown outcome scores: half the criterion's weight. */
export function halfWeight(criterion: Criterion): number {
  return WEIGHTS[criterion] / 2;
}
