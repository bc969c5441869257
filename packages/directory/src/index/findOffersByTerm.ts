import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { INTERNALS } from "../_lib/indexInternals.ts";
import { must } from "../_lib/must.ts";
import { normaliseText } from "../_lib/text.ts";
import type { DirectoryIndex } from "./buildDirectoryIndex.ts";
import { checkArgument } from "@carerkit/core";

/**
 * Taxonomy lookup: the offers tagged with a term, found by the term's name (ignoring case and
 * punctuation), its code or its URI, in index order.
 *
 * @param index - Built by {@link buildDirectoryIndex}.
 * @param term - A term name (`"Carers support groups"`), code (`"esdServiceType:298"`) or URI.
 * @returns The offers tagged with it; empty when none (or when the index is not one of ours).
 * @throws CarerKitError `invalid_argument` when `term` is not a string.
 * @example
 * findOffersByTerm(index, "esdServiceType:298").map((o) => o.name);
 */
export function findOffersByTerm(index: DirectoryIndex, term: string): ServiceOffer[] {
  checkArgument("findOffersByTerm", { term }, "string");
  const ix = INTERNALS.get(index);
  if (ix === undefined) return [];
  const hits = new Set([
    ...(ix.termPostings.get(normaliseText(term)) ?? []),
    ...(ix.termPostings.get(term.trim().toLowerCase()) ?? []),
  ]);
  return [...hits].sort((a, b) => a - b).map((i) => must(ix.offers[i]));
}
