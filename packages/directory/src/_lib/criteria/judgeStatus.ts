import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import { mark, type Scorecard } from "./scorecard.ts";

/** Only active services meet the status criterion; it scores nothing either way. */
export function judgeStatus(card: Scorecard, offer: ServiceOffer): void {
  if (offer.status === "active")
    mark(card, "status", { state: "meets", detail: "active", score: 0 });
  else mark(card, "status", { state: "fails", detail: `service is ${offer.status}`, score: 0 });
}
