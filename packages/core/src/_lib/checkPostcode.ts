import { toNormalised } from "postcode";
import { describeShape } from "./describeReceived.ts";

/** The outcome of checking one postcode, before a field name is put in front of the detail. */
export type PostcodeCheck =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly detail: string };

/**
 * Checks a UK postcode's format with the `postcode` package (ideal-postcodes) after trimming and
 * collapsing inner white space, and returns the canonical `"SW1A 1AA"` form. The value itself is
 * never put in the detail: a postcode narrows a carer down to a handful of homes.
 */
export function checkPostcode(input: string): PostcodeCheck {
  const compact = input.trim().replace(/\s+/g, " ");
  const normalised = compact.length <= 10 ? toNormalised(compact) : null;
  if (normalised !== null) return { ok: true, value: normalised };
  return {
    ok: false,
    detail: `expected a UK postcode such as "EC1A 1BB", got ${describeShape(input)}`,
  };
}
