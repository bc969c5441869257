import { checkEach, checkFields } from "../_lib/checkFields.ts";
import { compareInstants } from "../_lib/compareInstants.ts";
import { checkDate } from "../_lib/dateSpan.ts";
import type { InformationCategory } from "../vocabulary/informationCategories.ts";
import type { Consent, ConsentPurpose } from "./ConsentSchema.ts";

/**
 * A request to use or share someone's information, for {@link canShare}.
 *
 * @example
 * const request: ShareRequest = { subjectId: "carer-1", purpose: "share_with_circle_member", recipientId: "m-2", categories: ["care_plan"] };
 */
export interface ShareRequest {
  /** Whose information it is. */
  readonly subjectId: string;
  readonly purpose: ConsentPurpose;
  /** The care circle member to share with, for `share_with_circle_member`. */
  readonly recipientId?: string | undefined;
  /** What would be shared; every category must be covered. */
  readonly categories: readonly InformationCategory[];
}

/**
 * Why {@link canShare} decided as it did.
 *
 * @example
 * const reason: ShareDecisionReason = "consent_withdrawn";
 */
export type ShareDecisionReason =
  | "covered_by_consent"
  | "no_consent"
  | "consent_not_yet_given"
  | "consent_withdrawn"
  | "consent_expired"
  | "outside_scope";

/**
 * The decision of {@link canShare}, with the consents it rests on and a sentence that explains
 * it to a member of staff. `uncovered` lists the categories that no live consent covers.
 *
 * @example
 * const decision: ShareDecision = canShare(consents, request, "2026-11-22T09:00:00Z");
 * if (!decision.allowed) console.log(decision.explanation);
 */
export interface ShareDecision {
  readonly allowed: boolean;
  readonly reason: ShareDecisionReason;
  readonly explanation: string;
  /** Ids of the live consents that cover the request (all of it when allowed). */
  readonly consentIds: readonly string[];
  readonly uncovered: readonly InformationCategory[];
}

type ConsentState = "live" | "not_yet_given" | "withdrawn" | "expired";

function stateOf(consent: Consent, asOf: string): ConsentState {
  if (compareInstants(asOf, consent.givenAt) < 0) return "not_yet_given";
  if (consent.withdrawnAt !== undefined && compareInstants(asOf, consent.withdrawnAt) >= 0) {
    return "withdrawn";
  }
  if (consent.expiresAt !== undefined && compareInstants(asOf, consent.expiresAt) >= 0) {
    return "expired";
  }
  return "live";
}

function whyNot(consent: Consent, state: Exclude<ConsentState, "live">): string {
  if (state === "withdrawn") return `was withdrawn at ${consent.withdrawnAt ?? ""}`;
  if (state === "expired") return `expired at ${consent.expiresAt ?? ""}`;
  return `is given only from ${consent.givenAt}`;
}

/**
 * Decides whether information may be used or shared, from the consents on record, and explains
 * why. A consent counts when it is for the same person and purpose (and, for sharing with a
 * circle member, the same recipient), was given at or before `asOf`, and was neither withdrawn
 * nor expired by then. Every requested category must be in the scope of some live consent.
 * Nothing is assumed: without a matching consent the answer is no.
 *
 * @param consents - The consents on record (any people; others are ignored).
 * @param request - Who, for what purpose, with whom, and which categories.
 * @param asOf - The instant of the decision, ISO 8601 with `Z` or an offset.
 * @returns The decision, its reason, the consents it rests on and an explanation.
 * @throws {@link CarerKitError} `invalid_argument` naming the consent or request field with the
 * wrong shape, and `out_of_span` when `asOf` is outside 1900–2200.
 * @example
 * const decision = canShare(consents, {
 *   subjectId: "carer-1", purpose: "share_with_circle_member", recipientId: "m-2", categories: ["care_plan"],
 * }, "2026-11-22T09:00:00Z");
 * decision.explanation; //=> "Allowed: consent consent-1 covers care_plan for share_with_circle_member with m-2."
 */
export function canShare(
  consents: readonly Consent[],
  request: ShareRequest,
  asOf: string,
): ShareDecision {
  const fn = "canShare";
  checkEach(fn, { consents }, (consent, path) => {
    checkFields(
      fn,
      { [path]: consent },
      {
        id: "string",
        subjectId: "string",
        purpose: "string",
        recipientId: "string?",
        scope: "array",
        givenAt: "string",
        withdrawnAt: "string?",
        expiresAt: "string?",
      },
    );
  });
  checkFields(
    fn,
    { request },
    {
      subjectId: "string",
      purpose: "string",
      recipientId: "string?",
      categories: "array",
    },
  );
  checkDate(fn, { asOf }, "ISO date-time");
  const recipient =
    request.purpose === "share_with_circle_member" ? request.recipientId : undefined;
  const relevant = consents.filter(
    (c) =>
      c.subjectId === request.subjectId &&
      c.purpose === request.purpose &&
      (recipient === undefined || c.recipientId === recipient),
  );
  const what = `${request.purpose}${recipient === undefined ? "" : ` with ${recipient}`}`;
  const live = relevant.filter((c) => stateOf(c, asOf) === "live");
  const covering = live.filter((c) => c.scope.some((s) => request.categories.includes(s)));
  const uncovered = request.categories.filter((cat) => !live.some((c) => c.scope.includes(cat)));
  const consentIds = covering.map((c) => c.id);

  if (live.length > 0 && uncovered.length === 0) {
    return {
      allowed: true,
      reason: "covered_by_consent",
      explanation: `Allowed: consent ${consentIds.join(", ")} covers ${request.categories.join(", ")} for ${what}.`,
      consentIds,
      uncovered,
    };
  }
  if (live.length > 0) {
    return {
      allowed: false,
      reason: "outside_scope",
      explanation: `Not allowed: the consent for ${what} does not cover ${uncovered.join(", ")}.`,
      consentIds,
      uncovered,
    };
  }
  const lapsed = relevant.findLast((c) => stateOf(c, asOf) !== "live");
  const state = lapsed === undefined ? "live" : stateOf(lapsed, asOf);
  return {
    allowed: false,
    reason: state === "live" ? "no_consent" : `consent_${state}`,
    explanation:
      lapsed === undefined || state === "live"
        ? `Not allowed: there is no consent from ${request.subjectId} for ${what}.`
        : `Not allowed: consent ${lapsed.id} for ${what} ${whyNot(lapsed, state)}.`,
    consentIds: [],
    uncovered,
  };
}
