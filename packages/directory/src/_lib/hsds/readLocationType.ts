import type { OfferLocation } from "../../offer/location.ts";
import { type Cursor, describe, report, str } from "../read.ts";

/** physical, postal or virtual; missing or unknown is reported and read as physical. */
export function readLocationType(c: Cursor, id: string): OfferLocation["type"] {
  const rawType = str(c, "location_type");
  if (rawType === "physical" || rawType === "postal" || rawType === "virtual") return rawType;
  if (rawType === undefined) {
    report(c.sink, {
      severity: "warning",
      code: "missing_required_field",
      path: [...c.path, "location_type"],
      message: "missing; treated as physical",
      recordId: id,
    });
  } else {
    report(c.sink, {
      severity: "warning",
      code: "invalid_field",
      path: [...c.path, "location_type"],
      message: `expected physical, postal or virtual, got ${describe(rawType)}; treated as physical`,
      recordId: id,
    });
  }
  return "physical";
}
