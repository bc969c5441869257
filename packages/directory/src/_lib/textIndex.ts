// The full-text index over names, descriptions, term names and organisations. It is the costly
// part of an index build and only queries with `text` need it, so it is built on the first such
// query and kept: every later text query uses the same index, and no other query pays for it.
import MiniSearch from "minisearch";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { tokenize } from "./text.ts";

const processTerm = (term: string): string | null => (term === "" ? null : term);

function buildTextIndex(offers: readonly ServiceOffer[]): MiniSearch {
  const text = new MiniSearch<{
    id: number;
    name: string;
    description: string;
    terms: string;
    organisation: string;
  }>({
    fields: ["name", "terms", "description", "organisation"],
    tokenize,
    processTerm,
    searchOptions: { tokenize, processTerm },
  });
  text.addAll(
    offers.map((o, id) => ({
      id,
      name: o.name,
      description: o.description ?? "",
      terms: o.terms.map((t) => t.name).join(" "),
      organisation: o.organisation?.name ?? "",
    })),
  );
  return text;
}

/** A function returning the offers' full-text index, built on its first call. */
export function lazyTextIndex(offers: readonly ServiceOffer[]): () => MiniSearch {
  let built: MiniSearch | undefined;
  return () => {
    built ??= buildTextIndex(offers);
    return built;
  };
}
