import { buildDirectoryIndex, fromHsds, type DirectoryIndex } from "@carerkit/directory";
import { readFileSync } from "node:fs";

/** The bundled feed: eight fictional Norwich services as an HSDS 3.0 `/services` page. */
export const FEED_URL = new URL("./data/services.hsds.json", import.meta.url);

/** Imports the bundled HSDS feed and indexes it; import errors stop the start-up. */
export function loadDirectory(url: URL = FEED_URL): DirectoryIndex {
  const imported = fromHsds(JSON.parse(readFileSync(url, "utf8")) as unknown, {
    source: "synthetic",
  });
  const errors = imported.issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    throw new Error(
      `the bundled HSDS feed has ${errors.length} errors: ${errors.map((e) => e.message).join("; ")}`,
    );
  }
  return buildDirectoryIndex(imported.offers);
}
