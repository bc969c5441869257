import type { OfferProfile } from "../profile.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery } from "./types.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

function money(amount: number): string {
  return `£${amount.toFixed(2).replace(/\.00$/, "")}`;
}

/** The cost criterion, judged when a cost limit was given ("free" is a limit of 0). */
export function judgeCost(card: Scorecard, p: OfferProfile, q: PreparedQuery): void {
  if (q.cost === undefined) return;
  const c = p.cost;
  const limit = q.cost === "free" ? 0 : q.cost.maxAmount;
  if (c.state === "free")
    mark(card, "cost", { state: "meets", detail: "free", score: WEIGHTS.cost });
  else if (c.state === "paid" && c.amount !== undefined) {
    mark(card, "cost", {
      state: c.amount <= limit ? "meets" : "fails",
      detail: `${money(c.amount)}${c.text === undefined ? "" : ` ${c.text}`}`,
      score: c.amount <= limit ? WEIGHTS.cost : 0,
    });
  } else
    mark(card, "cost", { state: "unknown", detail: "cost unknown", score: halfWeight("cost") });
}
