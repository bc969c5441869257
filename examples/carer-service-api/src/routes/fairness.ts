import { compareScores, type Instrument, type InstrumentScore } from "@carerkit/assessment";
import type { EqualityMonitoring } from "@carerkit/core";
import { breakDownFairness, type FairnessRecord } from "@carerkit/evaluation";
import type { Routes } from "./registry.ts";
import { readOutcomeInstrument } from "./programmes.ts";

/** One carer reached, as `fairness_records()` (migrations/0010) gives it: no id, name or date. */
interface ReachedCarer {
  readonly equality?: EqualityMonitoring | undefined;
  readonly assessed: boolean;
  readonly supported: boolean;
  readonly scores: readonly { readonly instrumentId: string; readonly score: InstrumentScore }[];
}

/**
 * Whether the carer's first and latest scores on the outcome instrument show an improvement:
 * at least the instrument's minimal important change in the better direction (compareScores),
 * or any change in the better direction when it publishes none; `undefined` without two scores.
 *
 * @example
 * improvedOn(SWEMWBS, [{ instrumentId: "swemwbs", score: before }, { instrumentId: "swemwbs", score: after }]);
 */
function improvedOn(instrument: Instrument, scores: ReachedCarer["scores"]): boolean | undefined {
  const own = scores.filter((s) => s.instrumentId === instrument.id);
  const first = own[0];
  const last = own.at(-1);
  if (first === undefined || last === undefined || own.length < 2) return undefined;
  const compared = compareScores(instrument, first.score, last.score);
  if (compared.outcome !== "no_threshold") return compared.outcome === "improved";
  return instrument.direction === "higher_is_better" ? compared.change > 0 : compared.change < 0;
}

/** The record evaluation's `breakDownFairness` counts. */
const toFairnessRecord = (carer: ReachedCarer, instrument: Instrument): FairnessRecord => {
  const improved = improvedOn(instrument, carer.scores);
  return {
    ...(carer.equality === undefined ? {} : { equality: carer.equality }),
    assessed: carer.assessed,
    supported: carer.supported,
    ...(improved === undefined ? {} : { improved }),
  };
};

/**
 * Fair treatment: reach, assessment, support and outcomes by each equality-monitoring field of
 * the carer's record, for coordinators and analysts, protected by evaluation's
 * `breakDownFairness` (small categories merged, small counts suppressed, secondary suppression).
 */
export function addFairnessRoutes(routes: Routes): void {
  routes.add(
    {
      method: "get",
      path: "/fairness",
      operationId: "getFairnessBreakdown",
      summary:
        "Reach, assessment, support and outcome (first and latest score on the instrument) by each equality-monitoring field (breakDownFairness), with small categories merged, small-number and secondary suppression (NHS Digital 2018). No row about a person.",
      query: { instrument: "Outcome instrument id (default swemwbs)." },
      roles: ["coordinator", "analyst"],
      purpose: "service_evaluation",
      success: { status: 200, description: "One protected table per equality field." },
      problems: [422],
    },
    async (c, ctx) => {
      const instrument = readOutcomeInstrument(c);
      const reached = await ctx.db.transaction(async (tx) => {
        // Rows about people were read to build the aggregates: recorded, with no subject.
        const rows = await tx.query<{ carer: ReachedCarer }>("SELECT fairness_records() AS carer");
        await ctx.audit(tx, "read");
        return rows.map((r) => r.carer);
      });
      const breakdown = breakDownFairness(reached.map((r) => toFairnessRecord(r, instrument)));
      return c.json({ instrument: instrument.id, ...breakdown });
    },
  );
}
