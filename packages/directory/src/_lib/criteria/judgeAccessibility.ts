import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery, Subject } from "./types.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

/**
 * The accessibility criterion, judged when access needs were given. Only venues need to be
 * accessible: remote-only offers meet it.
 */
export function judgeAccessibility(card: Scorecard, subject: Subject, q: PreparedQuery): void {
  if (q.accessibility === undefined) return;
  const { offer, profile: p } = subject;
  const venueNeeded =
    offer.delivery.length === 0 ||
    offer.delivery.includes("in_person") ||
    q.delivery?.every((d) => d === "in_person") === true;
  const remoteOnly = offer.delivery.length > 0 && !offer.delivery.includes("in_person");
  if (remoteOnly || !venueNeeded) {
    mark(card, "accessibility", {
      state: "meets",
      detail: "no venue to visit",
      score: WEIGHTS.accessibility,
    });
    return;
  }
  const states = q.accessibility.map((n) => p.access.get(n));
  const names = q.accessibility.map((n) => n.replace(/_/g, " "));
  if (states.includes("fails"))
    mark(card, "accessibility", {
      state: "fails",
      detail: `no ${names.filter((_, k) => states[k] === "fails").join(", ")}`,
      score: 0,
    });
  else if (states.every((s) => s === "meets"))
    mark(card, "accessibility", {
      state: "meets",
      detail: names.join(", "),
      score: WEIGHTS.accessibility,
    });
  else
    mark(card, "accessibility", {
      state: "unknown",
      detail: `${names.filter((_, k) => states[k] === undefined).join(", ")} unknown`,
      score: halfWeight("accessibility"),
    });
}
