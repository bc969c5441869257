import type { OfferAddress } from "../../offer/location.ts";
import { must } from "../must.ts";
import { at, type IssueSink, type Rec, report, str } from "../read.ts";
import type { Items } from "./items.ts";

/** Indexes of the list, physical addresses first, otherwise in their order. */
function physicalFirst(list: readonly Rec[]): number[] {
  const rank = (r: Rec): number => (r["address_type"] === "physical" ? 0 : 1);
  return [...list.keys()].sort((a, b) => rank(must(list[a])) - rank(must(list[b])) || a - b);
}

/** The first usable address of a location, preferring physical ones. */
export function readAddress(sink: IssueSink, items: Items, id: string): OfferAddress | undefined {
  const { list, path } = items;
  for (const i of physicalFirst(list)) {
    const a = must(list[i]);
    const here = [...path, i];
    const address1 = str(at(sink, a, here), "address_1");
    const postcode = str(at(sink, a, here), "postal_code");
    if (address1 === undefined || postcode === undefined) {
      report(sink, {
        severity: "warning",
        code: "missing_required_field",
        path: here,
        message: "address needs address_1 and postal_code; address ignored",
        recordId: id,
      });
      continue;
    }
    const address2 = str(at(sink, a, here), "address_2");
    return {
      id: str(at(sink, a, here), "id") ?? `${id}-address`,
      address1,
      ...(address2 === undefined ? {} : { address2 }),
      city: str(at(sink, a, here), "city") ?? "",
      region: str(at(sink, a, here), "state_province") ?? "",
      postcode,
      country: (str(at(sink, a, here), "country") ?? "").toUpperCase(),
    };
  }
  return undefined;
}
