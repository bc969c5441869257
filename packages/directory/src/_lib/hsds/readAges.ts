import type { AgeRange } from "../../offer/ageRange.ts";
import { type Cursor, num, report } from "../read.ts";

/** One age limit in 0…130; anything outside is reported and ignored. */
function readAgeLimit(c: Cursor, id: string, key: string): number | undefined {
  const n = num(c, key);
  if (n === undefined) return undefined;
  if (n < 0 || n > 130) {
    report(c.sink, {
      severity: "warning",
      code: "invalid_field",
      path: [...c.path, key],
      message: `expected an age from 0 to 130, got ${n}; ignored`,
      recordId: id,
    });
    return undefined;
  }
  return n;
}

/** A service's minimum_age and maximum_age; a reversed pair is reported and ignored. */
export function readAges(c: Cursor, id: string): AgeRange | undefined {
  const min = readAgeLimit(c, id, "minimum_age");
  const max = readAgeLimit(c, id, "maximum_age");
  if (min !== undefined && max !== undefined && min > max) {
    report(c.sink, {
      severity: "warning",
      code: "invalid_field",
      path: [...c.path, "minimum_age"],
      message: `expected minimum_age ≤ maximum_age, got ${min} > ${max}; age limits ignored`,
      recordId: id,
    });
    return undefined;
  }
  if (min === undefined && max === undefined) return undefined;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}
