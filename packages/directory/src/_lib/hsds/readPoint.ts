import type { OfferLocation } from "../../offer/location.ts";
import { type Cursor, num, report } from "../read.ts";

/** Reports an unusable latitude/longitude pair against the latitude field. */
function reportCoordinates(c: Cursor, id: string, message: string): void {
  report(c.sink, {
    severity: "warning",
    code: "invalid_coordinates",
    path: [...c.path, "latitude"],
    message,
    recordId: id,
  });
}

/** A location's latitude and longitude; out of range, 0, 0 or only one of them are ignored. */
export function readPoint(c: Cursor, id: string): OfferLocation["point"] {
  const lat = num(c, "latitude");
  const lon = num(c, "longitude");
  if (lat !== undefined && lon !== undefined) {
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      reportCoordinates(
        c,
        id,
        `expected latitude −90…90 and longitude −180…180, got ${lat}, ${lon}; coordinates ignored`,
      );
      return undefined;
    }
    if (lat === 0 && lon === 0) {
      reportCoordinates(c, id, "got 0, 0 (a common placeholder); coordinates ignored");
      return undefined;
    }
    return { lat, lon };
  }
  if (lat !== undefined || lon !== undefined) {
    reportCoordinates(c, id, "only one of latitude and longitude given; coordinates ignored");
  }
  return undefined;
}
