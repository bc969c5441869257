import type { DeliveryMode } from "../../offer/delivery.ts";
import { sortDelivery } from "../delivery.ts";
import type { Path } from "../read.ts";
import { addOffer } from "./addOffer.ts";
import type { BuildContext } from "./buildContext.ts";
import { deliveryFromSchedules } from "./deliveryFromSchedules.ts";
import { mergeById } from "./mergeById.ts";
import { mergeLanguages } from "./mergeLanguages.ts";
import type { ServiceParts } from "./readServiceParts.ts";

/** Adds the one offer of a service that has no service_at_location: `<source>:<serviceId>`. */
export function buildUnlocatedOffer(
  ctx: BuildContext,
  service: ServiceParts,
  inherited: { readonly path: Path; readonly extraDelivery: readonly DeliveryMode[] },
): void {
  const delivery = sortDelivery([
    ...service.delivery,
    ...inherited.extraDelivery,
    ...deliveryFromSchedules(service.schedules),
  ]);
  addOffer(
    ctx,
    {
      id: `${ctx.source}:${service.fields.serviceId}`,
      ...service.fields,
      delivery,
      phones: mergeById((p) => p.number, service.phones, service.contactPhones),
      languages: mergeLanguages(service.languages),
      accessibility: [],
      schedules: service.schedules,
      serviceAreas: service.serviceAreas,
    },
    inherited.path,
  );
}
