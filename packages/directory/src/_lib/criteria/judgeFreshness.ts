import type { OfferProfile } from "../profile.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery } from "./types.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

/** The freshness criterion, always judged: was the offer checked within staleAfterDays? */
export function judgeFreshness(card: Scorecard, p: OfferProfile, q: PreparedQuery): void {
  if (p.checkedDay === undefined) {
    mark(card, "freshness", {
      state: "unknown",
      detail: "no check date",
      score: halfWeight("freshness"),
    });
    return;
  }
  const days = q.asOfDay - p.checkedDay;
  if (days > q.staleAfterDays)
    mark(card, "freshness", {
      state: "fails",
      detail: `details last checked ${Math.round(days / 30.4)} months ago`,
      score: 0,
    });
  else
    mark(card, "freshness", {
      state: "meets",
      detail: "recently checked",
      score: WEIGHTS.freshness,
    });
}
