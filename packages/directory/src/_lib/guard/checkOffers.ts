import { checkArgument } from "@carerkit/core";
import { z } from "zod";
import { OfferShape } from "./offerSchema.ts";
import { checkShape } from "./checkShape.ts";

const OFFERS = z.array(OfferShape);

/** Checks that `offers` is an array of offers shaped as the importers build them. */
export function checkOffers(fn: string, offers: unknown): void {
  checkArgument(fn, { offers }, "array");
  checkShape(fn, { offers }, OFFERS);
}
