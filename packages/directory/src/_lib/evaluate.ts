// Judges one offer against a prepared query. Shared by matchServices (on index candidates) and
// by the linear scan used as the benchmark baseline and as the oracle in tests.
import { must } from "./must.ts";
import { conditionList } from "./conditionList.ts";
import type { ConditionCategory, SupportNeedDomain } from "@carerkit/core";
import type { ServiceOffer } from "../offer/types.ts";
import type { Criterion } from "../match/query.ts";
import { haversineKm, inPolygons, nearBox } from "./geo.ts";
import type { IndexInternals } from "./indexInternals.ts";
import { windowsIn, type DayFrame, type Window } from "./openings.ts";
import { languageKey, type AccessibilityNeed, type NeedEvidence } from "./profile.ts";

export type CriterionState = "meets" | "fails" | "unknown";

export interface Outcome {
  readonly criterion: Criterion;
  readonly state: CriterionState;
  readonly hard: boolean;
  readonly detail: string;
}

export interface PreparedQuery {
  readonly asOfMs: number;
  readonly asOfDay: number;
  readonly needs: readonly SupportNeedDomain[];
  readonly point?: { lat: number; lon: number } | undefined;
  readonly maxKm: number;
  readonly carerAge?: number | undefined;
  readonly caredForAge?: number | undefined;
  readonly conditions?: readonly ConditionCategory[] | undefined;
  readonly delivery?: readonly string[] | undefined;
  readonly languages?: readonly string[] | undefined;
  readonly accessibility?: readonly AccessibilityNeed[] | undefined;
  readonly cost?: "free" | { readonly maxAmount: number } | undefined;
  /** Requested windows as epoch ranges; undefined when availability was not asked. */
  readonly wanted?: readonly (readonly [number, number])[] | undefined;
  readonly frames: readonly DayFrame[];
  readonly textScores?: ReadonlyMap<number, number> | undefined;
  readonly hard: ReadonlySet<Criterion>;
  readonly excludeUnknown: boolean;
  readonly staleAfterDays: number;
  readonly closedDates?: ReadonlySet<string> | undefined;
  readonly labels: Readonly<Record<SupportNeedDomain, string>>;
}

export interface Evaluation {
  readonly index: number;
  readonly outcomes: readonly Outcome[];
  readonly breakdown: Readonly<Partial<Record<Criterion | "unknown_penalty", number>>>;
  readonly total: number;
  readonly distanceKm?: number | undefined;
  readonly matchedNeeds: readonly {
    readonly domain: SupportNeedDomain;
    readonly evidence: NeedEvidence;
  }[];
  readonly window?: Window | undefined;
  readonly verdict: "match" | "near_miss" | "out";
}

const WEIGHTS: Readonly<Record<Criterion, number>> = {
  status: 0,
  needs: 40,
  distance: 20,
  area: 4,
  carer_age: 4,
  cared_for_age: 4,
  condition: 6,
  delivery: 4,
  language: 6,
  accessibility: 6,
  cost: 6,
  availability: 10,
  text: 10,
  freshness: 4,
};

/** Points taken off for each hard criterion that is unknown. */
const UNKNOWN_HARD_PENALTY = 3;

function ageText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `ages ${min}–${max}`;
  if (min !== undefined) return `ages ${min}+`;
  return `up to age ${max ?? ""}`;
}

function money(amount: number): string {
  return `£${amount.toFixed(2).replace(/\.00$/, "")}`;
}

function staleness(
  checkedDay: number | undefined,
  asOfDay: number,
  staleAfterDays: number,
): { state: CriterionState; days?: number } {
  if (checkedDay === undefined) return { state: "unknown" };
  const days = asOfDay - checkedDay;
  return { state: days > staleAfterDays ? "fails" : "meets", days };
}

export function evaluate(ix: IndexInternals, i: number, q: PreparedQuery): Evaluation {
  const offer = must(ix.offers[i]);
  const p = must(ix.profiles[i]);
  const outcomes: Outcome[] = [];
  const breakdown: Partial<Record<Criterion | "unknown_penalty", number>> = {};
  const add = (
    criterion: Criterion,
    state: CriterionState,
    r: { readonly detail: string; readonly score: number },
  ): void => {
    const { detail, score } = r;
    outcomes.push({ criterion, state, hard: q.hard.has(criterion), detail });
    breakdown[criterion] = Math.round(score * 100) / 100;
  };
  const half = (c: Criterion): number => WEIGHTS[c] / 2;

  // status
  if (offer.status === "active") add("status", "meets", { detail: "active", score: 0 });
  else add("status", "fails", { detail: `service is ${offer.status}`, score: 0 });

  // needs
  const matchedNeeds = q.needs.flatMap((domain) => {
    const evidence = p.needs.get(domain);
    return evidence === undefined ? [] : [{ domain, evidence }];
  });
  if (matchedNeeds.length > 0) {
    const viaTerm = matchedNeeds.some((m) => m.evidence.via === "taxonomy") ? 5 : 0;
    add("needs", "meets", {
      detail: matchedNeeds.map((m) => q.labels[m.domain]).join(", "),
      score: (35 * matchedNeeds.length) / q.needs.length + viaTerm,
    });
  } else add("needs", "fails", { detail: "none of the needs asked about", score: 0 });

  // distance and area
  let distanceKm: number | undefined;
  let farAway = false;
  if (q.point !== undefined) {
    const remoteModes = offer.delivery.filter(
      (d) =>
        (d === "phone" || d === "online") && (q.delivery === undefined || q.delivery.includes(d)),
    );
    const comesHome =
      offer.delivery.includes("home_visit") &&
      (q.delivery === undefined || q.delivery.includes("home_visit"));
    const areaCovers = p.polygons === undefined ? undefined : inPolygons(p.polygons, q.point);
    if (p.point !== undefined) distanceKm = Math.round(haversineKm(q.point, p.point) * 10) / 10;
    const inPersonOk = q.delivery === undefined || q.delivery.includes("in_person");
    // Phone and online offers need no travel; whether the carer accepts that way of taking
    // part is the delivery criterion's question, not this one's.
    const remoteAny = offer.delivery.filter((d) => d === "phone" || d === "online");
    const remote = (modes: readonly string[] = remoteModes): void => {
      add("distance", "meets", {
        detail: modes.includes("online") ? "online, no travel" : "by phone, no travel",
        score: 12,
      });
    };
    if (remoteModes.length > 0 && !inPersonOk) remote();
    else if (distanceKm !== undefined && distanceKm <= q.maxKm) {
      add("distance", "meets", {
        detail: `${distanceKm} km`,
        score: WEIGHTS.distance * Math.exp(-distanceKm / Math.max(1, q.maxKm / 2)),
      });
    } else if (remoteModes.length > 0) {
      remote();
    } else if (
      comesHome &&
      (areaCovers === true || (distanceKm !== undefined && distanceKm <= q.maxKm))
    ) {
      add("distance", "meets", { detail: "visits you at home", score: 14 });
    } else if (distanceKm === undefined && remoteAny.length > 0) {
      remote(remoteAny);
    } else if (distanceKm !== undefined) {
      farAway = distanceKm > q.maxKm * 1.5;
      add("distance", "fails", { detail: `${distanceKm} km, beyond ${q.maxKm} km`, score: 0 });
    } else {
      add("distance", "unknown", { detail: "distance unknown (no coordinates)", score: 0 });
    }
    if (offer.serviceAreas.length > 0) {
      if (areaCovers === true)
        add("area", "meets", { detail: "inside the service area", score: WEIGHTS.area });
      else if (areaCovers === false) {
        // Far outside a mapped area is no near miss (the index agrees: see scan.ts).
        if (p.areaBox !== undefined && !nearBox(p.areaBox, q.point, q.maxKm * 1.5)) farAway = true;
        add("area", "fails", { detail: "outside the service area", score: 0 });
      } else add("area", "unknown", { detail: "service area not mapped", score: half("area") });
    }
  }

  // ages
  const ageCheck = (
    criterion: "carer_age" | "cared_for_age",
    age: number | undefined,
    about: { readonly range: ServiceOffer["carerAges"]; readonly who: string },
  ): void => {
    const { range, who } = about;
    if (age === undefined) return;
    if (range === undefined)
      add(criterion, "unknown", { detail: `${who} age limit unknown`, score: half(criterion) });
    else if (
      (range.min === undefined || age >= range.min) &&
      (range.max === undefined || age <= range.max)
    ) {
      add(criterion, "meets", {
        detail: `${who} ${ageText(range.min, range.max)}`,
        score: WEIGHTS[criterion],
      });
    } else
      add(criterion, "fails", {
        detail: `for ${who}s of ${ageText(range.min, range.max)}`,
        score: 0,
      });
  };
  ageCheck("carer_age", q.carerAge, { range: offer.carerAges, who: "carer" });
  ageCheck("cared_for_age", q.caredForAge, { range: offer.caredForAges, who: "cared-for person" });

  // condition focus
  if (q.conditions !== undefined && q.conditions.length > 0) {
    if (p.conditions.length === 0)
      add("condition", "unknown", {
        detail: "condition focus not stated",
        score: half("condition"),
      });
    else if (p.conditions.some((c) => q.conditions?.includes(c) === true)) {
      add("condition", "meets", {
        detail: `condition focus: ${conditionList(p.conditions)}`,
        score: WEIGHTS.condition,
      });
    } else
      add("condition", "fails", {
        detail: `focused on ${p.conditions.length === 1 ? "another condition" : "other conditions"}: ${conditionList(p.conditions)}`,
        score: 0,
      });
  }

  // delivery
  if (q.delivery !== undefined) {
    if (offer.delivery.length === 0)
      add("delivery", "unknown", {
        detail: "how it is delivered is unknown",
        score: half("delivery"),
      });
    else if (offer.delivery.some((d) => q.delivery?.includes(d) === true)) {
      add("delivery", "meets", {
        detail: offer.delivery
          .filter((d) => q.delivery?.includes(d))
          .join(", ")
          .replace(/_/g, " "),
        score: WEIGHTS.delivery,
      });
    } else
      add("delivery", "fails", {
        detail: `only ${offer.delivery.join(", ").replace(/_/g, " ")}`,
        score: 0,
      });
  }

  // language
  if (q.languages !== undefined) {
    const wanted = q.languages.map(languageKey);
    if (p.languages.size === 0)
      add("language", "unknown", { detail: "languages not listed", score: half("language") });
    else if (wanted.some((l) => p.languages.has(l)))
      add("language", "meets", {
        detail: `in ${wanted.filter((l) => p.languages.has(l)).join(", ")}`,
        score: WEIGHTS.language,
      });
    else
      add("language", "fails", {
        detail: `offered in ${[...p.languages].sort().join(", ")}`,
        score: 0,
      });
  }

  // accessibility (only venues need to be accessible)
  if (q.accessibility !== undefined) {
    const venueNeeded =
      offer.delivery.length === 0 ||
      offer.delivery.includes("in_person") ||
      q.delivery?.every((d) => d === "in_person") === true;
    const remoteOnly = offer.delivery.length > 0 && !offer.delivery.includes("in_person");
    if (remoteOnly || !venueNeeded)
      add("accessibility", "meets", { detail: "no venue to visit", score: WEIGHTS.accessibility });
    else {
      const states = q.accessibility.map((n) => p.access.get(n));
      const names = q.accessibility.map((n) => n.replace(/_/g, " "));
      if (states.includes("fails"))
        add("accessibility", "fails", {
          detail: `no ${names.filter((_, k) => states[k] === "fails").join(", ")}`,
          score: 0,
        });
      else if (states.every((s) => s === "meets"))
        add("accessibility", "meets", { detail: names.join(", "), score: WEIGHTS.accessibility });
      else
        add("accessibility", "unknown", {
          detail: `${names.filter((_, k) => states[k] === undefined).join(", ")} unknown`,
          score: half("accessibility"),
        });
    }
  }

  // cost
  if (q.cost !== undefined) {
    const c = p.cost;
    const limit = q.cost === "free" ? 0 : q.cost.maxAmount;
    if (c.state === "free") add("cost", "meets", { detail: "free", score: WEIGHTS.cost });
    else if (c.state === "paid" && c.amount !== undefined) {
      add("cost", c.amount <= limit ? "meets" : "fails", {
        detail: `${money(c.amount)}${c.text === undefined ? "" : ` ${c.text}`}`,
        score: c.amount <= limit ? WEIGHTS.cost : 0,
      });
    } else add("cost", "unknown", { detail: "cost unknown", score: half("cost") });
  }

  // availability
  let window: Window | undefined;
  if (q.wanted !== undefined) {
    if (p.schedules.length === 0)
      add("availability", "unknown", {
        detail: "opening times unknown",
        score: half("availability"),
      });
    else {
      const { windows, timesUnknown } = windowsIn(p.schedules, q.frames, {
        zone: ix.timeZone,
        closedDates: q.closedDates,
      });
      window = windows.find((w) => q.wanted?.some(([a, b]) => w.start < b && a < w.end) === true);
      if (window !== undefined)
        add("availability", "meets", {
          detail: "open when you are free",
          score: WEIGHTS.availability,
        });
      else if (timesUnknown || !p.schedulesAllUsable)
        add("availability", "unknown", {
          detail: "opening times unclear",
          score: half("availability"),
        });
      else add("availability", "fails", { detail: "not open when you are free", score: 0 });
    }
  }

  // text
  if (q.textScores !== undefined) {
    const s = q.textScores.get(i);
    if (s !== undefined)
      add("text", "meets", { detail: "matches your words", score: WEIGHTS.text * s });
    else add("text", "fails", { detail: "does not mention your words", score: 0 });
  }

  // freshness (never hard: flags, does not hide)
  const fresh = staleness(p.checkedDay, q.asOfDay, q.staleAfterDays);
  if (fresh.state === "meets")
    add("freshness", "meets", { detail: "recently checked", score: WEIGHTS.freshness });
  else if (fresh.state === "fails")
    add("freshness", "fails", {
      detail: `details last checked ${Math.round((fresh.days ?? 0) / 30.4)} months ago`,
      score: 0,
    });
  else add("freshness", "unknown", { detail: "no check date", score: half("freshness") });

  const hardFails = outcomes.filter((o) => o.hard && o.state === "fails");
  const hardUnknowns = outcomes.filter((o) => o.hard && o.state === "unknown");
  const penalty = hardUnknowns.length * UNKNOWN_HARD_PENALTY;
  if (penalty > 0) breakdown.unknown_penalty = -penalty;
  const total = Math.round(Object.values(breakdown).reduce((a, b) => a + b, 0) * 100) / 100;
  const needsMet = matchedNeeds.length > 0;
  let verdict: Evaluation["verdict"];
  if (!needsMet) verdict = "out";
  else if (hardFails.length === 0 && (!q.excludeUnknown || hardUnknowns.length === 0))
    verdict = "match";
  else if (hardFails.length + (q.excludeUnknown ? hardUnknowns.length : 0) === 1 && !farAway)
    verdict = "near_miss";
  else verdict = "out";
  return { index: i, outcomes, breakdown, total, distanceKm, matchedNeeds, window, verdict };
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
