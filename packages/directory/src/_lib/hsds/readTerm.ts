import type { OfferTerm } from "../../offer/term.ts";
import {
  at,
  type Cursor,
  type IssueSink,
  type Path,
  type Rec,
  record,
  report,
  str,
} from "../read.ts";

/** The name of the taxonomy a term belongs to, from its detail record or its own fields. */
function readTaxonomyName(c: Cursor): string | undefined {
  // HSDS docs misspell it "taxonomy_details" in their attributes example; accept both.
  const detail = record(c, "taxonomy_detail") ?? record(c, "taxonomy_details");
  return (
    (detail === undefined
      ? undefined
      : str(at(c.sink, detail, [...c.path, "taxonomy_detail"]), "name")) ??
    str(c, "taxonomy") ??
    str(c, "vocabulary")
  );
}

/** An HSDS taxonomy_term record; one without an id or name is reported and ignored. */
export function readTerm(sink: IssueSink, t: Rec, path: Path): OfferTerm | undefined {
  const c = at(sink, t, path);
  const id = str(c, "id");
  const name = str(c, "name") ?? str(c, "term");
  if (id === undefined || name === undefined) {
    report(sink, {
      severity: "warning",
      code: "missing_required_field",
      path: path,
      message: "taxonomy term needs id and name; term ignored",
      recordId: id,
    });
    return undefined;
  }
  const taxonomy = readTaxonomyName(c);
  const code = str(c, "code");
  const uri = str(c, "term_uri");
  return {
    id,
    name,
    ...(code === undefined ? {} : { code }),
    ...(taxonomy === undefined ? {} : { taxonomy }),
    ...(uri === undefined ? {} : { uri }),
  };
}
