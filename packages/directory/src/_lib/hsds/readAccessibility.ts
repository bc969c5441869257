import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import { at, type IssueSink, type Rec, str } from "../read.ts";
import type { Items } from "./items.ts";

/** A location's accessibility records; ids default to `<location>-accessibility-<i>`. */
export function readAccessibility(
  sink: IssueSink,
  items: Items,
  locationId: string,
): ServiceOffer["accessibility"] {
  const { list, path } = items;
  return list.map((a: Rec, i) => {
    const here = [...path, i];
    const description = str(at(sink, a, here), "description");
    const details = str(at(sink, a, here), "details") ?? str(at(sink, a, here), "accessibility");
    return {
      id: str(at(sink, a, here), "id") ?? `${locationId}-accessibility-${i}`,
      ...(description === undefined ? {} : { description }),
      ...(details === undefined ? {} : { details }),
    };
  });
}
