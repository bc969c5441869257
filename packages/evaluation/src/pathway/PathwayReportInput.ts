import type { Referral } from "@carerkit/core";
import type { PathwayFunnelOptions } from "./summarisePathwayFunnel.ts";

/**
 * The referrals of an evaluation report's pathway section and how to read them. The report's
 * disclosure rule applies, so `suppression` is not taken here.
 *
 * @example
 * const pathway: PathwayReportInput = { referrals, options: { asOf: "2026-12-18T17:00:00Z", holidays } };
 * buildEvaluationReport(rows, { title, outcome, pathway });
 */
export interface PathwayReportInput {
  readonly referrals: readonly Referral[];
  readonly options: Omit<PathwayFunnelOptions, "suppression">;
}
