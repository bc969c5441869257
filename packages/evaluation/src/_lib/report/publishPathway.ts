import type { Referral } from "@carerkit/core";
import type { SuppressionRule } from "../../disclosure/suppressionRules.ts";
import {
  summarisePathwayFunnel,
  type PathwayFunnel,
  type PathwayFunnelOptions,
} from "../../pathway/summarisePathwayFunnel.ts";

/**
 * The referrals of a report's pathway section and how to read them (the report's disclosure
 * rule applies, so `suppression` is not taken here).
 *
 * @example
 * const pathway: PathwayReportInput = { referrals, options: { asOf: "2026-12-18T17:00:00Z", holidays } };
 */
export interface PathwayReportInput {
  readonly referrals: readonly Referral[];
  readonly options: Omit<PathwayFunnelOptions, "suppression">;
}

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
