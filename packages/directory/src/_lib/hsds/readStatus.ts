import type { OfferStatus } from "../../offer/status.ts";
import { type Cursor, describe, report, str } from "../read.ts";

const STATUSES: readonly OfferStatus[] = ["active", "inactive", "defunct", "temporarily closed"];

/** A service's status; missing reads as active, unknown as inactive. */
export function readStatus(c: Cursor, id: string): OfferStatus {
  const raw = str(c, "status");
  if (raw === undefined) {
    report(c.sink, {
      severity: "warning",
      code: "missing_required_field",
      path: [...c.path, "status"],
      message: "missing; treated as active",
      recordId: id,
    });
    return "active";
  }
  const lower = raw.toLowerCase().replace(/_/g, " ");
  const found = STATUSES.find((s) => s === lower);
  if (found !== undefined) return found;
  report(c.sink, {
    severity: "warning",
    code: "invalid_field",
    path: [...c.path, "status"],
    message: `expected one of ${STATUSES.join(", ")}, got ${describe(raw)}; treated as inactive`,
    recordId: id,
  });
  return "inactive";
}
