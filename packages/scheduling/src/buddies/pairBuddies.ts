import {
  invalidArgument,
  CONDITION_CATEGORIES,
  HOURS_OF_CARE_BANDS,
  RELATIONSHIP_TYPES,
  type ConditionCategory,
  type HoursOfCareBand,
  type RelationshipType,
} from "@carerkit/core";
import {
  below,
  checkFields,
  checkItems,
  checkStrings,
  readField,
  type Where,
} from "../_lib/guard/checkFields.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";
import { SCHEDULING_LIMITS } from "../limits/SCHEDULING_LIMITS.ts";

/**
 * A carer in a cohort who might be paired with a buddy. Only what pairing needs; ids are
 * pseudonymous.
 *
 * @example
 * const ann: BuddyCandidate = {
 *   carerId: "c-1",
 *   relationship: "spouse_or_partner",
 *   condition: "palliative",
 *   hoursOfCare: "50_or_more",
 *   location: { latitude: 51.75, longitude: -1.26 },
 *   interests: ["gardening"],
 * };
 */
export interface BuddyCandidate {
  readonly carerId: string;
  /** True when the carer does not want a buddy: they are never paired. */
  readonly optedOut?: boolean | undefined;
  /** Relationship to the person cared for (core vocabulary). */
  readonly relationship?: RelationshipType | undefined;
  /** The cared-for person's condition category (core vocabulary). */
  readonly condition?: ConditionCategory | undefined;
  readonly hoursOfCare?: HoursOfCareBand | undefined;
  /** Approximate home location, e.g. a postcode centroid. */
  readonly location?: { readonly latitude: number; readonly longitude: number } | undefined;
  readonly interests?: readonly string[] | undefined;
  /** Carer ids this carer should not be paired with. */
  readonly avoid?: readonly string[] | undefined;
}

/**
 * Options for {@link pairBuddies}.
 *
 * @example
 * const options: PairBuddiesOptions = { nearKm: 10, minScore: 2 };
 */
export interface PairBuddiesOptions {
  /** Carers living within this distance count as near each other; default 15 km. */
  readonly nearKm?: number | undefined;
  /** Pairs scoring below this are not suggested; default 2. */
  readonly minScore?: number | undefined;
}

/**
 * A suggested buddy pair and why.
 *
 * @example
 * const pair: BuddyPair = { carerIds: ["c-1", "c-4"], score: 8, reasons: ["both care for a spouse or partner"] };
 */
export interface BuddyPair {
  readonly carerIds: readonly [string, string];
  readonly score: number;
  readonly reasons: readonly string[];
}

/**
 * The outcome of {@link pairBuddies}.
 *
 * @example
 * result.unpaired; //=> [{ carerId: "c-7", reason: "opted out" }]
 */
export interface BuddyPairing {
  readonly pairs: readonly BuddyPair[];
  readonly unpaired: readonly { readonly carerId: string; readonly reason: string }[];
}

const label = (
  list: readonly { readonly id: string; readonly label: string }[],
  id: string,
): string => (list.find((item) => item.id === id)?.label ?? id).toLowerCase();

function distanceKm(
  a: NonNullable<BuddyCandidate["location"]>,
  b: NonNullable<BuddyCandidate["location"]>,
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function scorePair(a: BuddyCandidate, b: BuddyCandidate, nearKm: number): BuddyPair {
  let score = 0;
  const reasons: string[] = [];
  if (a.relationship !== undefined && a.relationship === b.relationship) {
    score += 3;
    reasons.push(`both care for a ${label(RELATIONSHIP_TYPES, a.relationship)}`);
  }
  if (a.condition !== undefined && a.condition === b.condition) {
    score += 3;
    reasons.push(`both care for someone with ${label(CONDITION_CATEGORIES, a.condition)} needs`);
  }
  if (a.hoursOfCare !== undefined && a.hoursOfCare === b.hoursOfCare) {
    score += 2;
    reasons.push(`both care ${label(HOURS_OF_CARE_BANDS, a.hoursOfCare)}`);
  }
  if (a.location !== undefined && b.location !== undefined) {
    const km = distanceKm(a.location, b.location);
    if (km <= nearKm) {
      score += 2;
      reasons.push(`live about ${km.toFixed(1)} km apart`);
    }
  }
  const shared = (a.interests ?? []).filter((i) => (b.interests ?? []).includes(i)).sort();
  if (shared.length > 0) {
    score += shared.length;
    reasons.push(`share interests: ${shared.join(", ")}`);
  }
  const ids = [a.carerId, b.carerId].sort() as [string, string];
  return { carerIds: ids, score, reasons };
}

const FN = "pairBuddies";

// The shape of the candidate at `at`.
function checkCandidate(at: Where, candidate: unknown): void {
  checkFields(at, candidate, {
    carerId: "string",
    optedOut: "boolean?",
    relationship: "string?",
    condition: "string?",
    hoursOfCare: "string?",
    location: "plain object?",
  });
  const location = readField(at, candidate as object, "location");
  if (location !== undefined)
    checkFields(below(at, ".location"), location, {
      latitude: "finite number",
      longitude: "finite number",
    });
  for (const key of ["interests", "avoid"])
    checkStrings(below(at, `.${key}`), readField(at, candidate as object, key), true);
}

// A carer listed twice would be weighed twice and could be paired with themself: refused.
function checkUniqueIds(cohort: readonly BuddyCandidate[]): void {
  const seen = new Set<string>();
  for (const [index, candidate] of cohort.entries()) {
    if (seen.has(candidate.carerId))
      throw invalidArgument(
        FN,
        { [`cohort[${index}].carerId`]: candidate.carerId },
        "an id not already in the cohort",
      );
    seen.add(candidate.carerId);
  }
}

/**
 * Suggests informal buddy pairs within a cohort from stated criteria: the same relationship to
 * the person cared for, the same condition category, similar hours of care, living near each
 * other and shared interests, each with its reason. Carers who opted out are never paired, nor
 * carers who asked not to be paired together. Deterministic: the best-scoring pairs are taken
 * first, ties broken by carer id.
 *
 * @param cohort - The carers to pair.
 * @param options - What counts as near, and the least score worth suggesting.
 * @returns The pairs with reasons, and everyone left unpaired with why.
 * @throws CarerKitError `invalid_argument` when the cohort or options have the wrong shape, a
 *   carer id appears twice, or the cohort has more than `SCHEDULING_LIMITS.maxCohort` carers.
 * @example
 * const { pairs } = pairBuddies([ann, bob, cat]);
 * pairs[0]?.reasons; //=> ["both care for a spouse or partner", "live about 3.2 km apart"]
 */
export function pairBuddies(
  cohort: readonly BuddyCandidate[],
  options: PairBuddiesOptions = {},
): BuddyPairing {
  checkItems({ fn: FN, path: "cohort" }, cohort, checkCandidate);
  if (cohort.length > SCHEDULING_LIMITS.maxCohort)
    throw invalidArgument(FN, { cohort }, `at most ${SCHEDULING_LIMITS.maxCohort} carers`);
  checkUniqueIds(cohort);
  checkOptions(FN, options, { nearKm: "finite number?", minScore: "finite number?" });
  const nearKm = options.nearKm ?? 15;
  const minScore = options.minScore ?? 2;
  const candidates = cohort
    .filter((c) => c.optedOut !== true)
    .sort((a, b) => (a.carerId < b.carerId ? -1 : a.carerId > b.carerId ? 1 : 0));
  const suggestions: BuddyPair[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i];
      const b = candidates[j];
      if (a === undefined || b === undefined) continue;
      if (a.avoid?.includes(b.carerId) === true || b.avoid?.includes(a.carerId) === true) continue;
      const pair = scorePair(a, b, nearKm);
      if (pair.score >= minScore) suggestions.push(pair);
    }
  }
  const key = (pair: BuddyPair): string => pair.carerIds.join("\u0000");
  suggestions.sort((x, y) => y.score - x.score || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  const paired = new Set<string>();
  const pairs: BuddyPair[] = [];
  for (const pair of suggestions) {
    const [a, b] = pair.carerIds;
    if (paired.has(a) || paired.has(b)) continue;
    paired.add(a);
    paired.add(b);
    pairs.push(pair);
  }
  const unpaired = [
    ...cohort
      .filter((c) => c.optedOut === true)
      .map((c) => ({ carerId: c.carerId, reason: "opted out" })),
    ...candidates
      .filter((c) => !paired.has(c.carerId))
      .map((c) => ({ carerId: c.carerId, reason: "no suitable partner left in this cohort" })),
  ];
  return { pairs, unpaired };
}
