import type { OfferProfile } from "../profile.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import type { Evaluation, PreparedQuery } from "./types.ts";

/**
 * The needs asked about that the offer meets; more of them score more, and evidence from a
 * taxonomy term adds 5 points.
 */
export function judgeNeeds(
  card: Scorecard,
  profile: OfferProfile,
  q: PreparedQuery,
): Evaluation["matchedNeeds"] {
  const matchedNeeds = q.needs.flatMap((domain) => {
    const evidence = profile.needs.get(domain);
    return evidence === undefined ? [] : [{ domain, evidence }];
  });
  if (matchedNeeds.length > 0) {
    const viaTerm = matchedNeeds.some((m) => m.evidence.via === "taxonomy") ? 5 : 0;
    mark(card, "needs", {
      state: "meets",
      detail: matchedNeeds.map((m) => q.labels[m.domain]).join(", "),
      score: (35 * matchedNeeds.length) / q.needs.length + viaTerm,
    });
  } else mark(card, "needs", { state: "fails", detail: "none of the needs asked about", score: 0 });
  return matchedNeeds;
}
