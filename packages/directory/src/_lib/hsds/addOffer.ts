import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import { describe, type Path, report } from "../read.ts";
import type { BuildContext } from "./buildContext.ts";

/** Adds an offer to the context; an offer id already imported is reported and left out. */
export function addOffer(ctx: BuildContext, offer: ServiceOffer, path: Path): void {
  if (ctx.offerIds.has(offer.id)) {
    report(ctx, {
      severity: "error",
      code: "duplicate_id",
      path,
      message: `an offer with id ${describe(offer.id)} was already imported; left out`,
      recordId: offer.id,
    });
    return;
  }
  ctx.offerIds.add(offer.id);
  ctx.offers.push(offer);
}
