import type { OfferLocation } from "../../offer/location.ts";
import type { OfferPhone } from "../../offer/phone.ts";
import type { OfferSchedule } from "../../offer/schedule.ts";
import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import { at, type IssueSink, type Path, type Rec, records, report, str } from "../read.ts";
import { readAccessibility } from "./readAccessibility.ts";
import { readAddress } from "./readAddress.ts";
import { readLanguages } from "./readLanguages.ts";
import { readLocationType } from "./readLocationType.ts";
import { readPhones } from "./readPhones.ts";
import { readPoint } from "./readPoint.ts";
import { readSchedules } from "./readSchedules.ts";

/** A location and the records nested in it that an offer may inherit. */
export interface LocationParts {
  readonly location: OfferLocation;
  readonly phones: OfferPhone[];
  readonly schedules: OfferSchedule[];
  readonly languages: ServiceOffer["languages"];
  readonly accessibility: ServiceOffer["accessibility"];
}

/** An HSDS location record; one without an id is reported and left out. */
export function readLocation(sink: IssueSink, loc: Rec, path: Path): LocationParts | undefined {
  const c = at(sink, loc, path);
  const id = str(c, "id");
  if (id === undefined) {
    report(sink, {
      severity: "error",
      code: "missing_required_field",
      path: [...path, "id"],
      message: "location without id; left out",
    });
    return undefined;
  }
  const type = readLocationType(c, id);
  const point = readPoint(c, id);
  const address = readAddress(
    sink,
    { list: records(c, "addresses"), path: [...path, "addresses"] },
    id,
  );
  const name = str(c, "name");
  const url = str(c, "url");
  const externalId = str(c, "external_identifier");
  const externalIdType = str(c, "external_identifier_type");
  const accessibility = readAccessibility(
    sink,
    { list: records(c, "accessibility"), path: [...path, "accessibility"] },
    id,
  );
  return {
    location: {
      id,
      type,
      ...(name === undefined ? {} : { name }),
      ...(point === undefined ? {} : { point }),
      ...(address === undefined ? {} : { address }),
      ...(url === undefined ? {} : { url }),
      ...(externalId === undefined ? {} : { externalId }),
      ...(externalIdType === undefined ? {} : { externalIdType }),
    },
    phones: readPhones(sink, records(c, "phones"), [...path, "phones"]),
    schedules: readSchedules(sink, records(c, "schedules"), [...path, "schedules"]),
    languages: readLanguages(sink, records(c, "languages"), [...path, "languages"]),
    accessibility,
  };
}
