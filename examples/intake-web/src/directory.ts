// The service directory: a small, made-up HSDS 3 feed shipped inside the page, imported and indexed
// in the browser once, on first use.
import {
  buildDirectoryIndex,
  createGazetteerGeocoder,
  fromHsds,
  type DirectoryIndex,
  type Geocoder,
} from "@carerkit/directory";
import feed from "./data/demo-directory.hsds.json" with { type: "json" };

let index: DirectoryIndex | undefined;

/** The directory index, built from the bundled feed the first time it is needed. */
export function directoryIndex(): DirectoryIndex {
  index ??= buildDirectoryIndex(fromHsds(feed, { source: "demo" }).offers);
  return index;
}

/**
 * Postcode districts to points, from the SDK's demo gazetteer (Norwich NR1–NR7 and a few city
 * centres). A real service would geocode with the ONS Postcode Directory, still in the browser.
 */
export const geocoder: Geocoder = createGazetteerGeocoder();
