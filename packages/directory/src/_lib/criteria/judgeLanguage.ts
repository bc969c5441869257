import { languageKey, type OfferProfile } from "../profile.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery } from "./types.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

/** The language criterion, judged when languages were asked about. */
export function judgeLanguage(card: Scorecard, p: OfferProfile, q: PreparedQuery): void {
  if (q.languages === undefined) return;
  const wanted = q.languages.map(languageKey);
  if (p.languages.size === 0)
    mark(card, "language", {
      state: "unknown",
      detail: "languages not listed",
      score: halfWeight("language"),
    });
  else if (wanted.some((l) => p.languages.has(l)))
    mark(card, "language", {
      state: "meets",
      detail: `in ${wanted.filter((l) => p.languages.has(l)).join(", ")}`,
      score: WEIGHTS.language,
    });
  else
    mark(card, "language", {
      state: "fails",
      detail: `offered in ${[...p.languages].sort().join(", ")}`,
      score: 0,
    });
}
