import type { SupportNeedDomain } from "@carerkit/core";
import type { OpeningWindow } from "../hours/nextOpening.ts";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import type { Geocoder } from "../geo/types.ts";
import type { Criterion } from "./query.ts";

/**
 * How one criterion came out for one offer. `unknown` means the directory does not say; it is
 * never counted as a pass or a fail, but shown and ranked below `meets`.
 *
 * @example
 * const o: CriterionOutcome = { criterion: "carer_age", state: "unknown", hard: true, detail: "carer age limit unknown" };
 */
export interface CriterionOutcome {
  /** Which criterion. */
  readonly criterion: Criterion;
  /** `meets`, `fails` or `unknown`. */
  readonly state: "meets" | "fails" | "unknown";
  /** Whether failing it excludes the offer. */
  readonly hard: boolean;
  /** Plain-language detail, e.g. "2.3 km" or "for carers of ages 8–17". */
  readonly detail: string;
}

/**
 * A need the offer meets, and how that is known.
 *
 * @example
 * const m: MatchedNeed = { domain: "peer_support", label: "peer support", via: "taxonomy", evidence: "esdServiceType:298" };
 */
export interface MatchedNeed {
  /** The support-need domain. */
  readonly domain: SupportNeedDomain;
  /** Short label used in reasons. */
  readonly label: string;
  /** `taxonomy`: a taxonomy term says so; `keyword`: the name or description says so. */
  readonly via: "taxonomy" | "keyword";
  /** The term or keyword found. */
  readonly evidence: string;
}

/**
 * One ranked offer with why it was ranked there.
 *
 * @example
 * console.log(`${match.offer.name}: ${match.summary}`);
 * // "Carers' Café: Matches: peer support · 1.2 km · open Tue 18:00–20:00 · free · age limit unknown"
 */
export interface ServiceMatch {
  /** The offer. */
  readonly offer: ServiceOffer;
  /** Total score (higher is better). */
  readonly score: number;
  /** Points per criterion; `unknown_penalty` is taken off for each unknown hard criterion. */
  readonly breakdown: Readonly<Partial<Record<Criterion | "unknown_penalty", number>>>;
  /** Every criterion judged. */
  readonly criteria: readonly CriterionOutcome[];
  /** Needs met. */
  readonly matchedNeeds: readonly MatchedNeed[];
  /** Straight-line distance from the carer, km (one decimal), when both points are known. */
  readonly distanceKm?: number | undefined;
  /** The first opening that fits the carer's availability, or the next opening. */
  readonly opening?: OpeningWindow | undefined;
  /** Plain-language reasons, most important first. */
  readonly reasons: readonly string[];
  /** The reasons joined with " · ". */
  readonly summary: string;
}

/**
 * A relevant offer left out by exactly one hard criterion, with why.
 *
 * @example
 * console.log(`${miss.offer.name}: ${miss.summary}`); // "Young Carers Club: not shown because for carers of ages 8–17"
 */
export interface NearMiss {
  /** The offer. */
  readonly offer: ServiceOffer;
  /** Its score had it not been excluded. */
  readonly score: number;
  /** The criteria that excluded it. */
  readonly excludedBecause: readonly CriterionOutcome[];
  /** Needs met. */
  readonly matchedNeeds: readonly MatchedNeed[];
  /** Distance when known. */
  readonly distanceKm?: number | undefined;
  /** "not shown because …". */
  readonly summary: string;
}

/**
 * The answer to one query.
 *
 * @example
 * const result: MatchResult = unwrap(matchServices(index, query));
 * result.matches.map((m) => m.summary);
 */
export interface MatchResult {
  /** Offers passing every hard criterion, best first. */
  readonly matches: readonly ServiceMatch[];
  /** Relevant offers excluded by one criterion, best first. */
  readonly nearMisses: readonly NearMiss[];
  /** The point searched from, and its precision. */
  readonly origin?:
    | {
        readonly lat: number;
        readonly lon: number;
        readonly precision: "coordinates" | "postcode" | "district";
      }
    | undefined;
  /** How many offers were judged (the rest were ruled out by the index). */
  readonly considered: number;
}

/**
 * Options for {@link matchServices}.
 *
 * @example
 * const options: MatchOptions = { geocoder: createGazetteerGeocoder(), staleAfterDays: 365 };
 */
export interface MatchOptions {
  /** Turns `query.location.postcode` into coordinates. */
  readonly geocoder?: Geocoder;
  /** Local dates (`YYYY-MM-DD`) when services are closed, e.g. bank holidays. */
  readonly closedDates?: ReadonlySet<string>;
  /** Days after the assured (or modified) date when details count as stale. Default 365. */
  readonly staleAfterDays?: number;
  /** Days ahead to look for openings. Default 35 (five weeks, enough for monthly sessions). */
  readonly horizonDays?: number;
}
