// UK postcode shape checks for the gazetteer geocoder. (To be replaced by @carerkit/core's
// normalisePostcode once it is exported.)
import { must } from "./must.ts";

const FULL = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** "nr2 4aa" → { outward: "NR2", full: "NR2 4AA" }; "NR2" → { outward: "NR2" }; else undefined. */
export function splitPostcode(input: string): { outward: string; full?: string } | undefined {
  const compact = input.toUpperCase().replace(/\s+/g, "");
  const m = FULL.exec(compact);
  if (m !== null) return { outward: must(m[1]), full: `${must(m[1])} ${must(m[2])}` };
  if (OUTWARD.test(compact)) return { outward: compact };
  return undefined;
}
