import { checkArgument, err, ok } from "@carerkit/core";
import { z } from "zod";
import { checkShape } from "../_lib/guard/checkShape.ts";
import { splitPostcode } from "../_lib/postcode.ts";
import { DEMO_GAZETTEER } from "./demoGazetteer.ts";
import type { GazetteerEntry, Geocoder } from "./types.ts";

const ENTRIES = z.array(
  z.looseObject({ outcode: z.string(), lat: z.number(), lon: z.number(), label: z.string() }),
);

/**
 * A {@link Geocoder} over a list of outward codes, resolving any full postcode to its district
 * (precision `"district"`). Defaults to {@link DEMO_GAZETTEER}, which is for tests and demos only.
 *
 * @param entries - Outward codes with representative points.
 * @returns A synchronous geocoder; its `geocode` throws `invalid_argument` for a non-string.
 * @throws CarerKitError `invalid_argument` when `entries` is not an array of gazetteer entries.
 * @example
 * const geocoder = createGazetteerGeocoder();
 * geocoder.geocode("nr2 4aa"); //=> { success: true, data: { lat: 52.63, lon: 1.28, precision: "district", label: "NR2" } }
 */
export function createGazetteerGeocoder(
  entries: readonly GazetteerEntry[] = DEMO_GAZETTEER,
): Geocoder {
  checkShape("createGazetteerGeocoder", { entries }, ENTRIES);
  const byOutcode = new Map(entries.map((e) => [e.outcode.toUpperCase().replace(/\s+/g, ""), e]));
  return {
    geocode(postcode) {
      checkArgument("geocode", { postcode }, "string");
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
