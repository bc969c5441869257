import type { AssessmentIssue } from "../../errors.ts";
import type { Banding } from "../../instrument/types/banding.ts";
import { compileBanding } from "./compileBanding.ts";
import { issue } from "./issue.ts";
import type { CompiledBanding, Scale } from "./types.ts";

/**
 * Reports bandings that name a subscale or conversion the instrument does not have, and
 * compiles those that name neither, which band the total.
 */
export function compileTotalBandings(
  bandings: readonly Banding[],
  on: {
    readonly total: Scale;
    readonly subscaleIds: ReadonlySet<string>;
    readonly conversionIds: ReadonlySet<string>;
  },
  issues: AssessmentIssue[],
): CompiledBanding[] {
  const totalBandings: CompiledBanding[] = [];
  bandings.forEach((banding, b) => {
    if (banding.subscale !== undefined && !on.subscaleIds.has(banding.subscale))
      issues.push(
        issue(
          "unknown_subscale",
          ["bandings", b, "subscale"],
          `banding ${banding.id} refers to subscale ${banding.subscale}, which the instrument does not have`,
        ),
      );
    if (banding.conversion !== undefined && !on.conversionIds.has(banding.conversion))
      issues.push(
        issue(
          "unknown_conversion",
          ["bandings", b, "conversion"],
          `banding ${banding.id} refers to conversion ${banding.conversion}, which the instrument does not have`,
        ),
      );
    if (banding.subscale === undefined && banding.conversion === undefined)
      totalBandings.push(
        compileBanding(banding, { path: ["bandings", b], scale: on.total }, issues),
      );
  });
  return totalBandings;
}
