// What the index derives once per offer: needs met (and how we know), condition focus, cost,
// accessibility features, languages, service-area polygons and compiled schedules.
import type { ConditionCategory, SupportNeedDomain } from "@carerkit/core";
import type { GeoPoint } from "../offer/geoPoint.ts";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import {
  compilePhrase,
  phraseIn,
  type CompiledCrosswalk,
  type Phrase,
} from "./compiledCrosswalk.ts";
import { boxOf, polygonsOf, type Box, type Polygon } from "./geo.ts";
import { compileSchedule, isEvaluable, type CompiledSchedule } from "./schedule.ts";
import { normaliseText } from "./text.ts";
import { dayNumber, parseDateKey } from "./zone.ts";

export type AccessibilityNeed =
  "wheelchair" | "hearing_loop" | "accessible_toilet" | "parking" | "bsl";

export const ACCESSIBILITY_NEEDS: readonly AccessibilityNeed[] = [
  "wheelchair",
  "hearing_loop",
  "accessible_toilet",
  "parking",
  "bsl",
];

const ACCESS_WORDS_TEXT: Readonly<
  Record<AccessibilityNeed, { readonly yes: readonly string[]; readonly no: readonly string[] }>
> = {
  wheelchair: {
    yes: [
      "wheelchair accessible",
      "wheelchair access",
      "step free",
      "level access",
      "ramp",
      "lift",
      "wheelchair",
    ],
    no: [
      "no wheelchair",
      "not wheelchair",
      "no step free",
      "no lift",
      "stairs only",
      "not accessible",
    ],
  },
  hearing_loop: {
    yes: ["hearing loop", "induction loop", "induction loops"],
    no: ["no hearing loop", "no induction loop"],
  },
  accessible_toilet: {
    yes: ["accessible toilet", "accessible toilets", "disabled toilet", "changing places"],
    no: ["no accessible toilet", "no disabled toilet"],
  },
  parking: { yes: ["parking", "blue badge", "car park"], no: ["no parking"] },
  bsl: { yes: ["bsl", "british sign language", "sign language"], no: ["no bsl"] },
};

// Compiled once, and marked pure so that an import that uses only languageKey from this module
// (matchServices, on an index already built) drops them and their word lists (issue #15).
const ACCESS_WORDS = /* @__PURE__ */ ACCESSIBILITY_NEEDS.map((need) => ({
  need,
  yes: ACCESS_WORDS_TEXT[need].yes.map(compilePhrase),
  no: ACCESS_WORDS_TEXT[need].no.map(compilePhrase),
}));
const FREE_WORDS = /* @__PURE__ */ ["free", "no charge", "free of charge"].map(compilePhrase);

// Most offers say nothing of access or languages: they share one empty collection each, which
// keeps a large index smaller and quicker to build.
const NO_TOKENS: ReadonlySet<string> = new Set();
const NO_LANGUAGES: ReadonlySet<string> = new Set();
const NO_ACCESS: ReadonlyMap<AccessibilityNeed, "meets" | "fails"> = new Map();

function tokenSet(text: string): ReadonlySet<string> {
  return text === "" ? NO_TOKENS : new Set(text.split(" "));
}

function firstIn(
  phrases: readonly Phrase[],
  tokens: ReadonlySet<string>,
  text: string,
): Phrase | undefined {
  return phrases.find((p) => phraseIn(p, tokens, text));
}

/** ISO 639-1, ISO 639-3 and English name of languages common in UK directories. */
const LANGUAGES: readonly (readonly [string, string, string])[] = [
  ["en", "eng", "english"],
  ["cy", "cym", "welsh"],
  ["gd", "gla", "gaelic"],
  ["pl", "pol", "polish"],
  ["ur", "urd", "urdu"],
  ["pa", "pan", "punjabi"],
  ["bn", "ben", "bengali"],
  ["gu", "guj", "gujarati"],
  ["ar", "ara", "arabic"],
  ["ro", "ron", "romanian"],
  ["so", "som", "somali"],
  ["zh", "zho", "chinese"],
  ["fr", "fra", "french"],
  ["es", "spa", "spanish"],
  ["pt", "por", "portuguese"],
  ["lt", "lit", "lithuanian"],
  ["tr", "tur", "turkish"],
  ["ta", "tam", "tamil"],
  ["hi", "hin", "hindi"],
  ["it", "ita", "italian"],
  ["uk", "ukr", "ukrainian"],
  ["ru", "rus", "russian"],
  ["fa", "fas", "persian"],
  ["ku", "kur", "kurdish"],
];

/** Canonical key of a language code or name (ISO 639-1 when known, else the lower-cased input). */
export function languageKey(value: string): string {
  const v = value.trim().toLowerCase();
  const found = LANGUAGES.find(([a, b, c]) => v === a || v === b || v === c);
  return found?.[0] ?? v;
}

export interface NeedEvidence {
  readonly via: "taxonomy" | "keyword";
  readonly evidence: string;
}

export interface OfferProfile {
  readonly needs: ReadonlyMap<SupportNeedDomain, NeedEvidence>;
  readonly conditions: readonly ConditionCategory[];
  readonly cost: {
    readonly state: "free" | "paid" | "unknown";
    readonly amount?: number | undefined;
    readonly text?: string | undefined;
  };
  readonly access: ReadonlyMap<AccessibilityNeed, "meets" | "fails">;
  readonly hasAccessInfo: boolean;
  readonly languages: ReadonlySet<string>;
  readonly polygons?: readonly Polygon[] | undefined;
  /** Bounding box of the polygons. */
  readonly areaBox?: Box | undefined;
  readonly areasWithoutGeometry: boolean;
  readonly schedules: readonly CompiledSchedule[];
  readonly schedulesAllUsable: boolean;
  readonly point?: GeoPoint | undefined;
  /** Day number of the assured date, else of last_modified. */
  readonly checkedDay?: number | undefined;
  /** Reachable without travel: phone, online or home visits. */
  readonly reachableAnywhere: boolean;
}

export function searchText(offer: ServiceOffer): string {
  return [offer.name, offer.description ?? "", ...offer.terms.map((t) => t.name)].join(" ");
}

export function termKeys(offer: ServiceOffer): Set<string> {
  const keys = new Set<string>();
  for (const t of offer.terms) {
    keys.add(normaliseText(t.name));
    if (t.code !== undefined) keys.add(t.code.toLowerCase());
    if (t.uri !== undefined) keys.add(t.uri.toLowerCase());
  }
  return keys;
}

function costOf(offer: ServiceOffer): OfferProfile["cost"] {
  const amounts = offer.costs.map((c) => c.amount).filter((a): a is number => a !== undefined);
  if (amounts.some((a) => a === 0)) return { state: "free", amount: 0 };
  if (amounts.length > 0) {
    const cheapest = offer.costs
      .filter((c) => c.amount !== undefined)
      .sort((a, b) => (a.amount ?? 0) - (b.amount ?? 0))[0];
    return { state: "paid", amount: Math.min(...amounts), text: cheapest?.amountDescription };
  }
  const text = normaliseText(
    [
      offer.feesDescription ?? "",
      ...offer.costs.map((c) => `${c.option ?? ""} ${c.amountDescription ?? ""}`),
    ].join(" "),
  );
  if (text === "") return { state: "unknown" };
  if (firstIn(FREE_WORDS, tokenSet(text), text) !== undefined) return { state: "free", amount: 0 };
  return { state: "unknown", text: offer.feesDescription };
}

/** What a normalised accessibility text says about each accessibility need. */
function accessIn(text: string): ReadonlyMap<AccessibilityNeed, "meets" | "fails"> {
  const tokens = tokenSet(text);
  const access = new Map<AccessibilityNeed, "meets" | "fails">();
  for (const { need, yes, no } of ACCESS_WORDS) {
    if (firstIn(no, tokens, text) !== undefined) access.set(need, "fails");
    else if (firstIn(yes, tokens, text) !== undefined) access.set(need, "meets");
  }
  return access;
}

function languagesOf(offer: ServiceOffer): ReadonlySet<string> {
  const languages = new Set<string>();
  for (const l of offer.languages) {
    if (l.code !== undefined) languages.add(languageKey(l.code));
    if (l.name !== undefined) languages.add(languageKey(l.name));
  }
  return languages;
}

export function profileOf(offer: ServiceOffer, crosswalk: CompiledCrosswalk): OfferProfile {
  const keys = termKeys(offer);
  const text = normaliseText(searchText(offer));
  const tokens = tokenSet(text);
  // Keyword evidence: only phrases whose first word occurs in the text can match.
  const found = new Set<Phrase>();
  for (const token of tokens) {
    for (const { phrase } of crosswalk.keywordsByFirstToken.get(token) ?? []) {
      if (phraseIn(phrase, tokens, text)) found.add(phrase);
    }
  }
  const needs = new Map<SupportNeedDomain, NeedEvidence>();
  for (const { domain, terms, keywords } of crosswalk.needs) {
    let term: string | undefined;
    for (const k of keys) {
      term = terms.get(k);
      if (term !== undefined) break;
    }
    if (term !== undefined) {
      needs.set(domain, { via: "taxonomy", evidence: term });
      continue;
    }
    // The first keyword of the domain (in crosswalk order) that the text contains.
    const keyword = found.size === 0 ? undefined : keywords.find((p) => found.has(p));
    if (keyword !== undefined) needs.set(domain, { via: "keyword", evidence: keyword.original });
  }
  const focusText = normaliseText([offer.name, ...offer.terms.map((t) => t.name)].join(" "));
  const focusTokens = tokenSet(focusText);
  // Condition focus: only phrases whose first word occurs in the name or terms can match.
  const focused = new Set<ConditionCategory>();
  for (const token of focusTokens) {
    for (const { category, phrase } of crosswalk.conditionsByFirstToken.get(token) ?? []) {
      if (phraseIn(phrase, focusTokens, focusText)) focused.add(category);
    }
  }
  const conditions =
    focused.size === 0
      ? []
      : crosswalk.conditions.filter((c) => focused.has(c.category)).map((c) => c.category);
  const accessText = normaliseText(
    offer.accessibility.map((a) => `${a.description ?? ""}. ${a.details ?? ""}`).join(" . "),
  );
  const access = accessText === "" ? NO_ACCESS : accessIn(accessText);
  const languages = offer.languages.length === 0 ? NO_LANGUAGES : languagesOf(offer);
  const polygons = offer.serviceAreas.flatMap((a) =>
    a.extent !== undefined && (a.extentType === undefined || a.extentType === "geojson")
      ? (polygonsOf(a.extent) ?? [])
      : [],
  );
  const checkedKey = offer.assuredDate ?? offer.lastModified?.slice(0, 10);
  const compiled = offer.schedules.map(compileSchedule);
  const usable = compiled.filter(isEvaluable);
  const point =
    offer.location?.type === "physical" || offer.location?.type === undefined
      ? offer.location?.point
      : undefined;
  return {
    needs,
    conditions,
    cost: costOf(offer),
    access,
    hasAccessInfo: accessText !== "",
    languages,
    polygons: polygons.length > 0 ? polygons : undefined,
    areaBox: polygons.length > 0 ? boxOf(polygons) : undefined,
    areasWithoutGeometry: offer.serviceAreas.length > 0 && polygons.length === 0,
    schedules: usable,
    schedulesAllUsable: usable.length === compiled.length,
    point,
    checkedDay: checkedKey === undefined ? undefined : dayNumber(parseDateKey(checkedKey)),
    reachableAnywhere: offer.delivery.some(
      (d) => d === "phone" || d === "online" || d === "home_visit",
    ),
  };
}
