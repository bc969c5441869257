import { err, ok } from "@carerkit/core";
import { splitPostcode } from "../_lib/postcode.ts";
import { DEMO_GAZETTEER } from "./demoGazetteer.ts";
import type { GazetteerEntry, Geocoder } from "./types.ts";

/**
 * A {@link Geocoder} over a list of outward codes, resolving any full postcode to its district
 * (precision `"district"`). Defaults to {@link DEMO_GAZETTEER}, which is for tests and demos only.
 *
 * @param entries - Outward codes with representative points.
 * @returns A synchronous geocoder.
 * @example
 * const geocoder = createGazetteerGeocoder();
 * geocoder.geocode("nr2 4aa"); //=> { success: true, data: { lat: 52.63, lon: 1.28, precision: "district", label: "NR2" } }
 */
export function createGazetteerGeocoder(
  entries: readonly GazetteerEntry[] = DEMO_GAZETTEER,
): Geocoder {
  const byOutcode = new Map(entries.map((e) => [e.outcode.toUpperCase().replace(/\s+/g, ""), e]));
  return {
    geocode(postcode) {
      const parts = splitPostcode(postcode);
      if (parts === undefined) {
        return err({
          code: "invalid_postcode",
          message: `postcode: expected a UK postcode such as "NR2 4AA" or an outward code such as "NR2" (the value is not repeated here)`,
        });
      }
      const entry = byOutcode.get(parts.outward);
      if (entry === undefined) {
        return err({
          code: "unknown_postcode",
          message: `postcode: the gazetteer has no district ${parts.outward}`,
        });
      }
      return ok({ lat: entry.lat, lon: entry.lon, precision: "district", label: parts.outward });
    },
  };
}
