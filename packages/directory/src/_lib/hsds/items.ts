import type { Path, Rec } from "../read.ts";

/** A list of records and the path it was read from. */
export interface Items {
  readonly list: readonly Rec[];
  readonly path: Path;
}
