import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import { at, type IssueSink, type Path, type Rec, report, str } from "../read.ts";

/** Language records; one with neither a code nor a name is reported and left out. */
export function readLanguages(
  sink: IssueSink,
  list: readonly Rec[],
  path: Path,
): ServiceOffer["languages"] {
  const out: { code?: string; name?: string }[] = [];
  list.forEach((l, i) => {
    const here = [...path, i];
    const code = str(at(sink, l, here), "code")?.toLowerCase();
    const name = str(at(sink, l, here), "name") ?? str(at(sink, l, here), "language");
    if (code === undefined && name === undefined && str(at(sink, l, here), "id") !== undefined) {
      // The Open Referral UK 3.0 profile removes name and code: a language by id only is valid.
      report(sink, {
        severity: "info",
        code: "missing_required_field",
        path: here,
        message:
          "language given by id only (as the Open Referral UK profile allows); nothing to match on",
        recordId: str(at(sink, l, here), "id"),
      });
      return;
    }
    if (code === undefined && name === undefined) {
      report(sink, {
        severity: "error",
        code: "missing_required_field",
        path: here,
        message: "a language needs a code or a name; left out",
      });
      return;
    }
    out.push({ ...(code === undefined ? {} : { code }), ...(name === undefined ? {} : { name }) });
  });
  return out;
}
