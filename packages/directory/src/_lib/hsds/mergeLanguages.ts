import type { ServiceOffer } from "../../offer/serviceOffer.ts";

/** Concatenates language lists, keeping the first of each code and name pair. */
export function mergeLanguages(...lists: ServiceOffer["languages"][]): ServiceOffer["languages"] {
  const seen = new Set<string>();
  return lists.flat().filter((l) => {
    const key = `${l.code ?? ""}|${l.name ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
