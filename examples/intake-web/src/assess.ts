// From the carer's answers to what they mean and which services fit, with the SDK. No DOM here.
import {
  CORE_SUPPORT_NEEDS_CHECKLIST,
  PHQ4,
  prioritiseNeeds,
  scoreInstrument,
  toSupportNeedDomains,
  type DomainAnswer,
  type InstrumentScore,
  type PrioritisedNeed,
  type SupportLevel,
} from "@carerkit/assessment";
import { HowAreYouSchema, type SupportNeedDomain } from "@carerkit/core";
import {
  MatchQuerySchema,
  matchServices,
  type MatchResult,
  type ServiceMatch,
} from "@carerkit/directory";
import { directoryIndex, geocoder } from "./directory.ts";
import { NEED_FIELD_PREFIX, type HowAreYou } from "./questions.ts";

/** The form's answers as typed: radio values, or `undefined` when a group has no choice. */
export interface Answers {
  readonly howAreYou: string | undefined;
  /** PHQ-4 item id → chosen value. */
  readonly checkIn: Readonly<Record<string, string | undefined>>;
  /** Checklist domain id → chosen level. */
  readonly checklist: Readonly<Record<string, string | undefined>>;
  readonly age: string;
  readonly postcode: string;
}

/** A problem with one field, in plain words, to show next to it. */
export interface FieldError {
  /** The field's name in the form. */
  readonly field: string;
  readonly message: string;
}

/** What the answers mean, and the services that fit. */
export interface Assessment {
  readonly howAreYou: HowAreYou;
  readonly checkIn: InstrumentScore;
  readonly needs: readonly PrioritisedNeed[];
  /**
   * The matches in the order of the carer's own priorities (the need that matters most to them
   * first), then the directory's best fit; undefined when no more support is wanted anywhere.
   */
  readonly services: MatchResult | undefined;
  /** Checklist areas the carer left unanswered. */
  readonly unanswered: number;
}

export type Outcome =
  | { readonly success: true; readonly data: Assessment }
  | { readonly success: false; readonly errors: readonly FieldError[] };

function checkInResponses(answers: Answers): Record<string, number | undefined> {
  return Object.fromEntries(
    PHQ4.items.map((item) => {
      const value = answers.checkIn[item.id];
      return [item.id, value === undefined ? undefined : Number(value)];
    }),
  );
}

/** Every answered checklist domain; the levels are checked by prioritiseNeeds, not here. */
function checklistAnswers(answers: Answers): DomainAnswer[] {
  return CORE_SUPPORT_NEEDS_CHECKLIST.domains.flatMap((domain) => {
    const level = answers.checklist[domain.id];
    return level === undefined ? [] : [{ domain: domain.id, level: level as SupportLevel }];
  });
}

function checkAge(age: string): number | FieldError | undefined {
  const text = age.trim();
  if (text === "") return undefined;
  const years = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!MatchQuerySchema.shape.carerAge.safeParse(years).success || Number.isNaN(years)) {
    return { field: "age", message: "Enter your age in whole years, like 45, or leave it blank." };
  }
  return years;
}

function checkPostcode(postcode: string): FieldError | undefined {
  if (postcode.trim() === "") return undefined;
  const place = geocoder.geocode(postcode);
  if (place.success) return undefined;
  return {
    field: "postcode",
    message:
      place.error.code === "unknown_postcode"
        ? "This demo only knows postcodes in Norwich, NR1 to NR7. Enter one of those, or leave it blank."
        : "Enter a postcode like NR2 4AA, or leave it blank.",
  };
}

/** Orders matches by the carer's highest-priority need each meets; ties keep the directory's order. */
function byCarerPriority(
  matches: readonly ServiceMatch[],
  needsInPriorityOrder: readonly SupportNeedDomain[],
): ServiceMatch[] {
  const rank = (match: ServiceMatch) =>
    Math.min(...match.matchedNeeds.map((need) => needsInPriorityOrder.indexOf(need.domain)));
  return [...matches].sort((a, b) => rank(a) - rank(b));
}

/**
 * Checks every answer (all problems at once, never only the first), then scores the check-in,
 * prioritises the needs and matches services. `asOf` is now, for opening times.
 */
export function assess(answers: Answers, asOf: Date): Outcome {
  const errors: FieldError[] = [];
  const howAreYou = HowAreYouSchema.safeParse(answers.howAreYou);
  if (!howAreYou.success) {
    errors.push({ field: "howAreYou", message: "Choose how you are doing overall." });
  }
  const score = scoreInstrument(PHQ4, checkInResponses(answers));
  if (!score.success) {
    // The SDK names every unanswered or invalid item in `path`: ["items", "<item id>"].
    for (const issue of score.error.issues) {
      const field = String(issue.path?.[1] ?? "");
      const item = PHQ4.items.find((i) => i.id === field);
      if (item === undefined) continue;
      errors.push({
        field,
        message: `Choose how often you have been bothered by “${item.text ?? field}”.`,
      });
    }
  }
  const answered = checklistAnswers(answers);
  const needs = prioritiseNeeds(CORE_SUPPORT_NEEDS_CHECKLIST, {
    checklistId: CORE_SUPPORT_NEEDS_CHECKLIST.id,
    completedOn: asOf.toISOString().slice(0, 10),
    answers: answered,
  });
  if (!needs.success) {
    // Path: ["completed", "answers", <index of the answer>, "level"].
    for (const issue of needs.error.issues) {
      const domain = answered[Number(issue.path?.[2])]?.domain;
      if (domain === undefined) continue;
      errors.push({
        field: `${NEED_FIELD_PREFIX}${domain}`,
        message: "Choose one of the answers.",
      });
    }
  }
  const age = checkAge(answers.age);
  if (typeof age === "object") errors.push(age);
  const postcodeError = checkPostcode(answers.postcode);
  if (postcodeError !== undefined) errors.push(postcodeError);

  if (errors.length > 0 || !howAreYou.success || !score.success || !needs.success) {
    return { success: false, errors };
  }

  const domains = toSupportNeedDomains(needs.data);
  let services: MatchResult | undefined;
  if (domains.length > 0) {
    const postcode = answers.postcode.trim();
    const matched = matchServices(
      directoryIndex(),
      {
        asOf,
        needs: domains,
        ...(postcode === "" ? {} : { location: { postcode } }),
        ...(typeof age === "number" ? { carerAge: age } : {}),
        limit: 8,
      },
      { geocoder },
    );
    // Every input was checked above, so a failure here is a bug in this page, not the carer's.
    if (!matched.success) throw new Error(`matchServices: ${matched.error.message}`);
    services = { ...matched.data, matches: byCarerPriority(matched.data.matches, domains) };
  }
  return {
    success: true,
    data: {
      howAreYou: howAreYou.data,
      checkIn: score.data,
      needs: needs.data,
      services,
      unanswered: CORE_SUPPORT_NEEDS_CHECKLIST.domains.length - answered.length,
    },
  };
}
