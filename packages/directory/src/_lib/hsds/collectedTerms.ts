import type { OfferTerm } from "../../offer/term.ts";
import type { Path } from "../read.ts";
import type { BuildContext } from "./buildContext.ts";
import { readTerm } from "./readTerm.ts";

/** Every taxonomy term seen outside services, read as OfferTerms. */
export function collectedTerms(ctx: BuildContext, path: Path): OfferTerm[] {
  return [...ctx.terms.values()].flatMap((t) => {
    const term = readTerm(ctx, t, path);
    return term === undefined ? [] : [term];
  });
}
