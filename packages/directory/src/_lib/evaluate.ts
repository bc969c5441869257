// Judges one offer against a prepared query. Shared by matchServices (on index candidates) and
// by the linear scan used as the benchmark baseline and as the oracle in tests. Each criterion
// is judged in its own file under ./criteria/, in the order the outcomes are listed.
import { must } from "./must.ts";
import type { IndexInternals } from "./indexInternals.ts";
import { decideVerdict } from "./criteria/decideVerdict.ts";
import { judgeAccessibility } from "./criteria/judgeAccessibility.ts";
import { judgeAge } from "./criteria/judgeAge.ts";
import { judgeAvailability } from "./criteria/judgeAvailability.ts";
import { judgeCondition } from "./criteria/judgeCondition.ts";
import { judgeCost } from "./criteria/judgeCost.ts";
import { judgeDelivery } from "./criteria/judgeDelivery.ts";
import { judgeDistance } from "./criteria/judgeDistance.ts";
import { judgeFreshness } from "./criteria/judgeFreshness.ts";
import { judgeLanguage } from "./criteria/judgeLanguage.ts";
import { judgeNeeds } from "./criteria/judgeNeeds.ts";
import { judgeStatus } from "./criteria/judgeStatus.ts";
import { judgeText } from "./criteria/judgeText.ts";
import { newScorecard, type Scorecard } from "./criteria/scorecard.ts";
import type { Evaluation, PreparedQuery, Subject } from "./criteria/types.ts";
import { UNKNOWN_HARD_PENALTY, WEIGHTS } from "./criteria/weights.ts";

export type { CriterionState, Evaluation, Outcome, PreparedQuery } from "./criteria/types.ts";

/** What the criteria judged before availability found out. */
interface Before {
  readonly matchedNeeds: Evaluation["matchedNeeds"];
  readonly distanceKm: number | undefined;
  readonly farAway: boolean;
}

function subjectOf(ix: IndexInternals, i: number): Subject {
  return {
    index: i,
    offer: must(ix.offers[i]),
    profile: must(ix.profiles[i]),
    timeZone: ix.timeZone,
  };
}

/** Every criterion but availability (the costly one) and the two judged after it. */
function judgeBeforeAvailability(card: Scorecard, subject: Subject, q: PreparedQuery): Before {
  const { offer, profile: p } = subject;
  judgeStatus(card, offer);
  const matchedNeeds = judgeNeeds(card, p, q);
  const { distanceKm, farAway } = judgeDistance(card, subject, q);
  judgeAge(card, "carer_age", { age: q.carerAge, range: offer.carerAges, who: "carer" });
  judgeAge(card, "cared_for_age", {
    age: q.caredForAge,
    range: offer.caredForAges,
    who: "cared-for person",
  });
  judgeCondition(card, p, q);
  judgeDelivery(card, offer, q);
  judgeLanguage(card, p, q);
  judgeAccessibility(card, subject, q);
  judgeCost(card, p, q);
  return { matchedNeeds, distanceKm, farAway };
}

function judgeAfterAvailability(card: Scorecard, subject: Subject, q: PreparedQuery): void {
  judgeText(card, subject.index, q);
  // Freshness is never hard: it flags, it does not hide.
  judgeFreshness(card, subject.profile, q);
}

export function evaluate(ix: IndexInternals, i: number, q: PreparedQuery): Evaluation {
  const subject = subjectOf(ix, i);
  const card = newScorecard(q.hard);
  const { matchedNeeds, distanceKm, farAway } = judgeBeforeAvailability(card, subject, q);
  const window = judgeAvailability(card, subject, q);
  judgeAfterAvailability(card, subject, q);

  const { outcomes, breakdown } = card;
  const hardFails = outcomes.filter((o) => o.hard && o.state === "fails");
  const hardUnknowns = outcomes.filter((o) => o.hard && o.state === "unknown");
  const penalty = hardUnknowns.length * UNKNOWN_HARD_PENALTY;
  if (penalty > 0) breakdown.unknown_penalty = -penalty;
  const total = Math.round(Object.values(breakdown).reduce((a, b) => a + b, 0) * 100) / 100;
  const verdict = decideVerdict(
    { fails: hardFails, unknowns: hardUnknowns },
    { needsMet: matchedNeeds.length > 0, excludeUnknown: q.excludeUnknown, farAway },
  );
  return { index: i, outcomes, breakdown, total, distanceKm, matchedNeeds, window, verdict };
}

/** The most points the criteria other than status, needs, distance and area can give this query. */
export function restMaximum(q: PreparedQuery): number {
  const asked: [boolean, number][] = [
    [q.carerAge !== undefined, WEIGHTS.carer_age],
    [q.caredForAge !== undefined, WEIGHTS.cared_for_age],
    [q.conditions !== undefined && q.conditions.length > 0, WEIGHTS.condition],
    [q.delivery !== undefined, WEIGHTS.delivery],
    [q.languages !== undefined, WEIGHTS.language],
    [q.accessibility !== undefined, WEIGHTS.accessibility],
    [q.cost !== undefined, WEIGHTS.cost],
    [q.wanted !== undefined, WEIGHTS.availability],
    [q.textScores !== undefined, WEIGHTS.text],
    [true, WEIGHTS.freshness],
  ];
  return asked.reduce((sum, [on, w]) => (on ? sum + w : sum), 0);
}

/**
 * A cheap upper bound on an offer's total, and what the bound already knows of its verdict:
 * every criterion but availability is judged exactly (availability counts at its full weight,
 * unknown penalties at zero), so `evaluate(...).total <= bound`. `fails` counts hard criteria
 * already failed; the verdict can only get worse.
 */
export function boundEvaluation(
  ix: IndexInternals,
  i: number,
  q: PreparedQuery,
): { readonly bound: number; readonly fails: number; readonly needsMet: boolean } {
  const subject = subjectOf(ix, i);
  const card = newScorecard(q.hard);
  const { matchedNeeds } = judgeBeforeAvailability(card, subject, q);
  judgeAfterAvailability(card, subject, q);
  let sum = q.wanted === undefined ? 0 : WEIGHTS.availability;
  for (const v of Object.values(card.breakdown)) sum += v;
  const fails = card.outcomes.filter((o) => o.hard && o.state === "fails").length;
  // Totals are rounded to hundredths: allow for it.
  return { bound: sum + 0.01, fails, needsMet: matchedNeeds.length > 0 };
}

/** Deterministic order: score, then distance, then name, then id. */
export function compareEvaluations(ix: IndexInternals, a: Evaluation, b: Evaluation): number {
  if (a.total !== b.total) return b.total - a.total;
  const da = a.distanceKm ?? Number.POSITIVE_INFINITY;
  const db = b.distanceKm ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da - db;
  const oa = must(ix.offers[a.index]);
  const ob = must(ix.offers[b.index]);
  if (oa.name !== ob.name) return oa.name < ob.name ? -1 : 1;
  return oa.id < ob.id ? -1 : oa.id > ob.id ? 1 : 0;
}
