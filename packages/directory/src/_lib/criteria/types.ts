// The shapes shared by the criteria that judge one offer against a prepared query.
import type { ConditionCategory, SupportNeedDomain } from "@carerkit/core";
import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import type { Criterion } from "../../match/query.ts";
import type { DayFrame, Window } from "../openings.ts";
import type { AccessibilityNeed, NeedEvidence, OfferProfile } from "../profile.ts";

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

/** The offer being judged, its prepared profile and where it sits in the index. */
export interface Subject {
  readonly index: number;
  readonly offer: ServiceOffer;
  readonly profile: OfferProfile;
  readonly timeZone: string;
}
