import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery } from "./types.ts";
import { WEIGHTS } from "./weights.ts";

/** The text criterion, judged when words were searched for: scored by the offer's text score. */
export function judgeText(card: Scorecard, index: number, q: PreparedQuery): void {
  if (q.textScores === undefined) return;
  const s = q.textScores.get(index);
  if (s !== undefined)
    mark(card, "text", { state: "meets", detail: "matches your words", score: WEIGHTS.text * s });
  else mark(card, "text", { state: "fails", detail: "does not mention your words", score: 0 });
}
