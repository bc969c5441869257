import { conditionList } from "../conditionList.ts";
import type { OfferProfile } from "../profile.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery } from "./types.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

/** The condition criterion, judged when conditions were asked about. */
export function judgeCondition(card: Scorecard, p: OfferProfile, q: PreparedQuery): void {
  if (q.conditions === undefined || q.conditions.length === 0) return;
  if (p.conditions.length === 0)
    mark(card, "condition", {
      state: "unknown",
      detail: "condition focus not stated",
      score: halfWeight("condition"),
    });
  else if (p.conditions.some((c) => q.conditions?.includes(c) === true)) {
    mark(card, "condition", {
      state: "meets",
      detail: `condition focus: ${conditionList(p.conditions)}`,
      score: WEIGHTS.condition,
    });
  } else
    mark(card, "condition", {
      state: "fails",
      detail: `focused on ${p.conditions.length === 1 ? "another condition" : "other conditions"}: ${conditionList(p.conditions)}`,
      score: 0,
    });
}
