// Postcode handling for the gazetteer geocoder: full postcodes through @carerkit/core's
// normalisePostcode (Royal Mail format rules), outward codes alone by their shape.
import { normalisePostcode } from "@carerkit/core";

const OUTWARD = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** "nr2 4aa" → { outward: "NR2", full: "NR2 4AA" }; "NR2" → { outward: "NR2" }; else undefined. */
export function splitPostcode(input: string): { outward: string; full?: string } | undefined {
  const full = normalisePostcode(input);
  if (full.success) {
    const [outward = ""] = full.data.split(" ");
    return { outward, full: full.data };
  }
  const compact = input.toUpperCase().replace(/\s+/g, "");
  if (OUTWARD.test(compact)) return { outward: compact };
  return undefined;
}
