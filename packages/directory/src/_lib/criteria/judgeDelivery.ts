import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery } from "./types.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

/** The delivery criterion, judged when ways of taking part were asked about. */
export function judgeDelivery(card: Scorecard, offer: ServiceOffer, q: PreparedQuery): void {
  if (q.delivery === undefined) return;
  if (offer.delivery.length === 0)
    mark(card, "delivery", {
      state: "unknown",
      detail: "how it is delivered is unknown",
      score: halfWeight("delivery"),
    });
  else if (offer.delivery.some((d) => q.delivery?.includes(d) === true)) {
    mark(card, "delivery", {
      state: "meets",
      detail: offer.delivery
        .filter((d) => q.delivery?.includes(d))
        .join(", ")
        .replace(/_/g, " "),
      score: WEIGHTS.delivery,
    });
  } else
    mark(card, "delivery", {
      state: "fails",
      detail: `only ${offer.delivery.join(", ").replace(/_/g, " ")}`,
      score: 0,
    });
}
