import type { OfferServiceArea } from "../../offer/serviceArea.ts";
import { at, type Cursor, type IssueSink, type Path, type Rec, str } from "../read.ts";

/** An area's extent: GeoJSON objects are kept as JSON text. */
function readExtent(c: Cursor): string | undefined {
  const extent = c.rec["extent"];
  return typeof extent === "object" && extent !== null ? JSON.stringify(extent) : str(c, "extent");
}

/** service_areas records; ids default to `area-<i>`. */
export function readAreas(sink: IssueSink, list: readonly Rec[], path: Path): OfferServiceArea[] {
  return list.map((a, i) => {
    const c = at(sink, a, [...path, i]);
    const fields: [keyof OfferServiceArea, string | undefined][] = [
      ["name", str(c, "name") ?? str(c, "service_area")],
      ["description", str(c, "description")],
      ["extent", readExtent(c)],
      ["extentType", str(c, "extent_type")?.toLowerCase()],
      ["uri", str(c, "uri")],
    ];
    const area: Record<string, unknown> = { id: str(c, "id") ?? `area-${i}` };
    for (const [k, v] of fields) if (v !== undefined) area[k] = v;
    return area as unknown as OfferServiceArea;
  });
}
