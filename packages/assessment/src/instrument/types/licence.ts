/**
 * Whether an instrument's wording may be reproduced. The same four categories as awell-score;
 * when in doubt, `unknown` (never guess that something is free).
 *
 * @example
 * const status: LicenceStatus = "licence_required";
 */
export type LicenceStatus =
  "public_domain" | "free_with_attribution" | "licence_required" | "unknown";

/**
 * Who holds the rights in an instrument and on what terms its wording may be used.
 *
 * @example
 * const licence: InstrumentLicence = {
 *   status: "licence_required",
 *   holder: "Mapi Research Trust",
 *   url: "https://eprovide.mapi-trust.org/instruments/zarit-burden-interview",
 *   attribution: "Zarit Burden Interview © 1980, 1983, 1990 Steven H. Zarit and Judy M. Zarit.",
 * };
 */
export interface InstrumentLicence {
  /** Whether the wording may be reproduced. */
  readonly status: LicenceStatus;
  /** Who holds the copyright, or who to ask. */
  readonly holder: string;
  /** Where the terms are published. */
  readonly url?: string | undefined;
  /** The attribution or copyright line to show with the instrument. */
  readonly attribution: string;
}
