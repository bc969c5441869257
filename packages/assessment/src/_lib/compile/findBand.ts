import type { Band } from "../../instrument/types/banding.ts";

/** The band a value falls in: the last band whose `min` the value has reached. */
export function findBand<B extends Band>(bands: readonly B[], value: number): B | undefined {
  let found: B | undefined;
  for (const band of bands) {
    if (band.min <= value) found = band;
    else break;
  }
  return found;
}
