import { calculateAge } from "../age/calculateAge.ts";
import {
  AgeBandSchema,
  type AccessibleFormat,
  type AgeBand,
  type Carer,
  type CarerStatus,
} from "../carer/CarerSchema.ts";
import type { EqualityMonitoring } from "../equality/EqualityMonitoringSchema.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { checkDate } from "../_lib/dateSpan.ts";
import { pseudonymise, type PseudonymKey } from "./pseudonymise.ts";

/**
 * A carer with the direct identifiers taken out, for export to evaluation, research or
 * reporting: no name, date of birth, contact details, full postcode, NHS number or free text.
 * What is left is coarsened: an age band instead of a birth date, the postcode district
 * (`"SW1A"`) instead of the postcode, the month of identification instead of the day.
 *
 * @example
 * const row: RedactedCarer = redactCarer(carer, key, { asOf: "2026-11-22" });
 */
export interface RedactedCarer {
  /** HMAC-SHA-256 of the carer's id under the export key; see {@link pseudonymise}. */
  readonly pseudonym: string;
  readonly ageBand?: AgeBand;
  readonly postcodeDistrict?: string;
  readonly status: CarerStatus;
  readonly identifiedBy: Carer["identifiedBy"];
  /** `YYYY-MM`. */
  readonly identifiedMonth: string;
  readonly languages: readonly string[];
  readonly interpreterNeeded?: boolean;
  readonly accessibleFormats: readonly AccessibleFormat[];
  readonly employment: readonly NonNullable<Carer["employment"]>[number][];
  readonly hasLongTermCondition?: boolean;
  readonly hasDisability?: boolean;
  readonly childrenUnder18?: number;
  readonly caresForOthers?: boolean;
  /** Equality-monitoring answers, only with `includeEquality` (special-category data). */
  readonly equality?: EqualityMonitoring;
}

/**
 * Options for {@link redactCarer}.
 *
 * @example
 * const options: RedactCarerOptions = { asOf: "2026-11-22", includeEquality: true };
 */
export interface RedactCarerOptions {
  /** Date (`YYYY-MM-DD`) on which to turn a date of birth into an age band. */
  readonly asOf?: string | undefined;
  /**
   * Keep the equality-monitoring answers (default false). They are special-category data (UK
   * GDPR Art. 9): include them only for a fairness analysis with a lawful basis, and publish
   * them only through evaluation's `breakDownFairness`, which suppresses small cells.
   */
  readonly includeEquality?: boolean | undefined;
}

function ageBandOf(carer: Carer, asOf: string | undefined): AgeBand | undefined {
  if (carer.dateOfBirth === undefined || asOf === undefined) return carer.ageBand;
  const age = calculateAge(carer.dateOfBirth, asOf);
  // Each band's name starts with its lower bound ("under_18" has none, so 0).
  return AgeBandSchema.options.findLast((band) => age >= (Number.parseInt(band) || 0));
}

/**
 * Takes the direct identifiers out of a carer for export and replaces the id with a keyed
 * pseudonym, so exported rows about the same carer still link up. Free text (notes) is dropped
 * too, because it so often names people. Equality-monitoring answers are left out unless
 * `options.includeEquality` is true. Returns a new object; the carer is not changed.
 *
 * @param carer - A parsed carer.
 * @param key - The secret pseudonymisation key, at least 32 bytes.
 * @param options - `asOf` turns a date of birth into an age band; without it, the carer's own
 * `ageBand` (if any) is kept.
 * @returns The redacted carer.
 * @throws {@link CarerKitError} `invalid_argument` naming the carer field, key or option with the
 * wrong shape, `out_of_span` when a date is outside 1900–2200, and `invalid_input` when the key
 * is too short or `asOf` is before the date of birth.
 * @example
 * const row = redactCarer(carer, exportKey, { asOf: "2026-11-22" });
 * row.postcodeDistrict; //=> "ZZ99"
 * "name" in row; //=> false
 */
export function redactCarer(
  carer: Carer,
  key: PseudonymKey,
  options: RedactCarerOptions = {},
): RedactedCarer {
  const fn = "redactCarer";
  checkFields(
    fn,
    { carer },
    {
      id: "string",
      status: "string",
      identifiedOn: "string",
      postcode: "string?",
      dateOfBirth: "string?",
      ageBand: "string?",
      communication: "plain object?",
      ownHealth: "plain object?",
      otherCaring: "plain object?",
      employment: "array?",
      equality: "plain object?",
    },
  );
  checkFields(
    fn,
    { "carer.communication": carer.communication ?? {} },
    {
      languages: "array?",
      accessibleFormats: "array?",
    },
  );
  checkFields(fn, { options }, { includeEquality: "boolean?" });
  if (options.asOf !== undefined) checkDate(fn, { "options.asOf": options.asOf }, "ISO date");
  const { communication, ownHealth, otherCaring } = carer;
  const optional = {
    ageBand: ageBandOf(carer, options.asOf),
    postcodeDistrict: carer.postcode?.split(" ")[0],
    interpreterNeeded: communication?.interpreterNeeded,
    hasLongTermCondition: ownHealth?.hasLongTermCondition,
    hasDisability: ownHealth?.hasDisability,
    childrenUnder18: otherCaring?.childrenUnder18,
    caresForOthers: otherCaring?.caresForOthers,
    equality:
      options.includeEquality === true && carer.equality ? { ...carer.equality } : undefined,
  };
  return {
    pseudonym: pseudonymise(carer.id, key),
    status: carer.status,
    identifiedBy: carer.identifiedBy,
    identifiedMonth: carer.identifiedOn.slice(0, 7),
    languages: [...(communication?.languages ?? [])],
    accessibleFormats: [...(communication?.accessibleFormats ?? [])],
    employment: [...(carer.employment ?? [])],
    // Unknown stays absent rather than undefined, so the row serialises as it reads.
    ...(Object.fromEntries(
      Object.entries(optional).filter(([, value]) => value !== undefined),
    ) as Partial<RedactedCarer>),
  };
}
