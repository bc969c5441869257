import type { SuppressionRule } from "../../disclosure/suppressionRules.ts";
import type { PathwayReportInput } from "../../pathway/PathwayReportInput.ts";
import {
  summarisePathwayFunnel,
  type PathwayFunnel,
} from "../../pathway/summarisePathwayFunnel.ts";

/** The pathway funnel of a report, protected with the report's rule, or `null` without referrals. */
export function publishPathway(options: {
  readonly pathway?: PathwayReportInput | undefined;
  readonly suppression?: SuppressionRule | false | undefined;
}): PathwayFunnel | null {
  if (options.pathway === undefined) return null;
  return summarisePathwayFunnel(options.pathway.referrals, {
    ...options.pathway.options,
    suppression: options.suppression,
  });
}
