import type { DeliveryMode } from "../../offer/delivery.ts";
import type { OfferSchedule } from "../../offer/schedule.ts";
import { sortDelivery } from "../delivery.ts";
import {
  at,
  type Cursor,
  describe,
  type Path,
  type Rec,
  record,
  records,
  report,
  str,
} from "../read.ts";
import { addOffer } from "./addOffer.ts";
import type { BuildContext } from "./buildContext.ts";
import { deliveryFromSchedules } from "./deliveryFromSchedules.ts";
import { mergeById } from "./mergeById.ts";
import { mergeLanguages } from "./mergeLanguages.ts";
import { optional } from "./optional.ts";
import { type LocationParts, readLocation } from "./readLocation.ts";
import { readAreas } from "./readAreas.ts";
import { readPhones } from "./readPhones.ts";
import { readSchedules } from "./readSchedules.ts";
import type { ServiceParts } from "./readServiceParts.ts";

/** A service_at_location's location: nested, or by location_id (a dangling id is reported). */
function findLocation(ctx: BuildContext, c: Cursor, salId: string): Rec | undefined {
  const nested = record(c, "location");
  const locationId = str(c, "location_id");
  if (nested !== undefined || locationId === undefined) return nested;
  const found = ctx.locations.get(locationId);
  if (found === undefined) {
    report(ctx, {
      severity: "warning",
      code: "dangling_reference",
      path: [...c.path, "location_id"],
      message: `no location with id ${describe(locationId)}; offer kept without a location`,
      recordId: salId,
    });
  }
  return found;
}

/** Virtual locations imply online delivery, physical ones in-person; postal ones nothing. */
function deliveryFromLocation(parts: LocationParts | undefined): DeliveryMode[] {
  if (parts === undefined) return [];
  if (parts.location.type === "virtual") return ["online"];
  if (parts.location.type === "physical") return ["in_person"];
  return [];
}

/** The first non-empty of the sal's, the service's and the location's schedules. */
function chooseSchedules(
  sal: readonly OfferSchedule[],
  service: readonly OfferSchedule[],
  parts: LocationParts | undefined,
): readonly OfferSchedule[] {
  if (sal.length > 0) return sal;
  if (service.length > 0) return service;
  return parts?.schedules ?? [];
}

/**
 * Adds the offer of a service at one service_at_location, `<source>:<serviceId>@<salId>`. What
 * the sal says wins over the service, and the service over the location. A sal without an id is
 * reported and left out.
 */
export function buildLocatedOffer(
  ctx: BuildContext,
  service: ServiceParts,
  sal: { readonly rec: Rec; readonly path: Path; readonly extraDelivery: readonly DeliveryMode[] },
): void {
  const here = sal.path;
  const c = at(ctx, sal.rec, here);
  const salId = str(c, "id");
  if (salId === undefined) {
    report(ctx, {
      severity: "error",
      code: "missing_required_field",
      path: [...here, "id"],
      message: "service_at_location without id; left out",
      recordId: service.fields.serviceId,
    });
    return;
  }
  const locRec = findLocation(ctx, c, salId);
  const parts = locRec === undefined ? undefined : readLocation(ctx, locRec, [...here, "location"]);
  const salPhones = readPhones(ctx, records(c, "phones"), [...here, "phones"]);
  const salSchedules = readSchedules(ctx, records(c, "schedules"), [...here, "schedules"]);
  const salAreas = readAreas(ctx, records(c, "service_areas"), [...here, "service_areas"]);
  const schedules = chooseSchedules(salSchedules, service.schedules, parts);
  addOffer(
    ctx,
    {
      id: `${ctx.source}:${service.fields.serviceId}@${salId}`,
      ...service.fields,
      serviceAtLocationId: salId,
      ...optional("location", parts?.location),
      delivery: sortDelivery([
        ...service.delivery,
        ...deliveryFromLocation(parts),
        ...sal.extraDelivery,
        ...deliveryFromSchedules(schedules),
      ]),
      phones: mergeById(
        (p) => p.number,
        salPhones,
        service.phones,
        service.contactPhones,
        parts?.phones ?? [],
      ),
      languages: mergeLanguages(service.languages, parts?.languages ?? []),
      accessibility: parts?.accessibility ?? [],
      schedules,
      serviceAreas: salAreas.length > 0 ? salAreas : service.serviceAreas,
    },
    here,
  );
}
