import type { TopLevelSpec } from "vega-lite";
import type { FunnelGroup } from "../../pathway/summarisePathwayFunnel.ts";
import { FUNNEL_STAGES } from "../../pathway/funnelStages.ts";

/** Horizontal bars of referrals reaching each stage; unpublishable stages are not drawn. */
export function funnelSpec(group: FunnelGroup): TopLevelSpec {
  const labels = FUNNEL_STAGES.map(([, label]) => label);
  const values = group.reached.flatMap((value, i) =>
    value === null ? [] : [{ stage: labels[i] ?? "", value }],
  );
  return {
    title: "Referrals reaching each stage of the pathway",
    width: 520,
    height: 180,
    data: { values },
    mark: { type: "bar", color: "#005eb8" },
    encoding: {
      y: { field: "stage", type: "ordinal", sort: labels, title: null },
      x: { field: "value", type: "quantitative", title: "Referrals" },
    },
  };
}
