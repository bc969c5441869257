import type { DeliveryMode } from "../../offer/delivery.ts";
import { at, type Path, type Rec, records } from "../read.ts";
import type { BuildContext } from "./buildContext.ts";
import { buildLocatedOffer } from "./buildLocatedOffer.ts";
import { buildUnlocatedOffer } from "./buildUnlocatedOffer.ts";
import { claimServiceIdentity } from "./claimServiceIdentity.ts";
import { readServiceParts } from "./readServiceParts.ts";

/**
 * Builds the offers of one HSDS service record: one per service_at_location, or one for the
 * service alone when it has none. `organisation` is the parent when the service was nested in
 * an organisation; `sals` restricts it to the given service_at_locations.
 */
export function buildService(
  ctx: BuildContext,
  service: Rec,
  inherited: {
    readonly path: Path;
    readonly organisation?: Rec | undefined;
    readonly sals?: readonly Rec[] | undefined;
    readonly extraDelivery?: readonly DeliveryMode[];
  },
): void {
  const { path } = inherited;
  const c = at(ctx, service, path);
  const identity = claimServiceIdentity(ctx, c, inherited.sals !== undefined);
  if (identity === undefined) return;
  const parts = readServiceParts(ctx, c, {
    identity,
    parentOrganisation: inherited.organisation,
  });
  const sals = inherited.sals ?? records(c, "service_at_locations");
  const extraDelivery = inherited.extraDelivery ?? [];
  if (sals.length === 0) {
    buildUnlocatedOffer(ctx, parts, { path, extraDelivery });
    return;
  }
  sals.forEach((sal, i) => {
    buildLocatedOffer(ctx, parts, {
      rec: sal,
      path: [...path, "service_at_locations", i],
      extraDelivery,
    });
  });
}
