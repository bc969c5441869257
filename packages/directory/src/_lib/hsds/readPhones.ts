import type { OfferPhone } from "../../offer/phone.ts";
import { at, type IssueSink, type Path, type Rec, report, str } from "../read.ts";

/** Phone records; a phone without a number is reported and left out. */
export function readPhones(sink: IssueSink, list: readonly Rec[], path: Path): OfferPhone[] {
  const out: OfferPhone[] = [];
  list.forEach((p, i) => {
    const here = [...path, i];
    const number = str(at(sink, p, here), "number");
    if (number === undefined) {
      report(sink, {
        severity: "error",
        code: "missing_required_field",
        path: [...here, "number"],
        message: "missing; phone left out",
      });
      return;
    }
    const type = str(at(sink, p, here), "type");
    const description = str(at(sink, p, here), "description");
    out.push({
      id: str(at(sink, p, here), "id") ?? `phone-${number}`,
      number: number.replace(/^"+|"+$/g, ""),
      ...(type === undefined ? {} : { type }),
      ...(description === undefined ? {} : { description }),
    });
  });
  return out;
}
