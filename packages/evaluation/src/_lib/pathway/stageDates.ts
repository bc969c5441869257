import { toLocalDate, type Referral, type ReferralStatus } from "@carerkit/core";
import { FUNNEL_STAGES, type FunnelStage } from "../../pathway/funnelStages.ts";

/** Where one referral's pathway got to: the local date it first reached each stage. */
export interface ReferralStages {
  readonly referral: Referral;
  /** Local `YYYY-MM` of receipt. */
  readonly month: string;
  /** First local date at each stage reached. */
  readonly firstOn: Partial<Record<FunnelStage, string>>;
  /** Where it stands now. */
  readonly status: ReferralStatus;
}

/** Reads each referral's first date at each stage, in the given zone. */
export function stagesOf(referral: Referral, timeZone: string): ReferralStages {
  const received = toLocalDate(referral.receivedAt, timeZone);
  const firstOn: Partial<Record<FunnelStage, string>> = { received };
  for (const step of referral.history) {
    const stage = FUNNEL_STAGES.find(([s]) => s === step.to)?.[0];
    if (stage !== undefined && firstOn[stage] === undefined)
      firstOn[stage] = toLocalDate(step.at, timeZone);
  }
  return {
    referral,
    month: received.slice(0, 7),
    firstOn,
    status: referral.history.at(-1)?.to ?? "received",
  };
}
