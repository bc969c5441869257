import type { OfferOrganisation } from "../../offer/organisation.ts";
import { at, type IssueSink, type Path, type Rec, records, report, str } from "../read.ts";
import type { Items } from "./items.ts";

/** organization_identifiers; one without an identifier is reported and ignored. */
function readIdentifiers(
  sink: IssueSink,
  items: Items,
  organisationId: string,
): OfferOrganisation["identifiers"] {
  const { list, path } = items;
  return list.flatMap((r, i) => {
    const here = [...path, i];
    const identifier = str(at(sink, r, here), "identifier");
    if (identifier === undefined) {
      report(sink, {
        severity: "warning",
        code: "missing_required_field",
        path: [...here, "identifier"],
        message: "missing; identifier ignored",
        recordId: organisationId,
      });
      return [];
    }
    const scheme = str(at(sink, r, here), "identifier_scheme");
    return [
      {
        ...(scheme === undefined ? {} : { scheme }),
        type: str(at(sink, r, here), "identifier_type") ?? "",
        identifier,
      },
    ];
  });
}

/** An HSDS organization record; one without an id or name is reported and ignored. */
export function readOrganisation(
  sink: IssueSink,
  org: Rec,
  path: Path,
): OfferOrganisation | undefined {
  const c = at(sink, org, path);
  const id = str(c, "id");
  const name = str(c, "name");
  if (id === undefined || name === undefined) {
    report(sink, {
      severity: "warning",
      code: "missing_required_field",
      path: path,
      message: "organization needs id and name; organisation ignored",
      recordId: id,
    });
    return undefined;
  }
  const website = str(c, "website") ?? str(c, "url");
  const identifiers = readIdentifiers(
    sink,
    {
      list: records(c, "organization_identifiers"),
      path: [...path, "organization_identifiers"],
    },
    id,
  );
  return { id, name, ...(website === undefined ? {} : { website }), identifiers };
}
