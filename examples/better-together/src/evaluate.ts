// Step 5b: evaluate the term with @carerkit/evaluation and protect everything published.
// The primary outcome is SWEMWBS (metric score); the secondary is ZBI-12 carer burden, analysed
// in the same report as a second measure and also alone. Casework, outreach, fair treatment and
// carer voice are sections of the same protected report. Rows
// carry keyed pseudonyms only; the report applies NHS Digital's 2018 rule to every count and
// withholds statistics that rest on fewer than 8 people.
import { pseudonymise } from "@carerkit/core";
import {
  buildEvaluationReport,
  type EvaluationReport,
  type EvaluationRow,
} from "@carerkit/evaluation";
import type { AssessedCarer } from "./assess.ts";
import type { TermCasework } from "./casework.ts";
import { swemwbsMetric } from "./assess.ts";
import type { CarerOutcome } from "./simulate.ts";

// A demonstration key. A real service keeps its key in a secrets store, never in code.
const PSEUDONYM_KEY = "better-together-demo-key-not-for-real-data-0001";

/** Where each referral came from, as the evaluation reports it. */
const REFERRAL_SOURCES: Readonly<Record<string, string>> = {
  hospice: "Hospice",
  gp: "GP or pharmacy",
  pharmacy: "GP or pharmacy",
  hospital_ward: "Hospital",
  community_nurse: "Community nursing",
  carer_coordinator: "Hospital",
};

/** The term's period label in every published table. */
export const PERIOD = "Spring 2026";

/** The published evaluation: primary and secondary outcomes. */
export interface TermEvaluation {
  readonly rows: readonly EvaluationRow[];
  readonly primary: EvaluationReport;
  readonly secondary: EvaluationReport;
}

/**
 * A short keyed pseudonym for a carer id: stable for the key, not reversible without it.
 *
 * @param carerId - The internal id.
 * @returns 12 hex characters.
 */
export function pseudonymFor(carerId: string): string {
  return pseudonymise(carerId, PSEUDONYM_KEY).slice(0, 12);
}

/**
 * Builds the evaluation dataset (one row per carer identified this term) and both reports.
 *
 * @param carers - Every assessed carer (identified this term).
 * @param enrolled - Ids of those who got a place (supported).
 * @param outcomes - What happened to each enrolled carer.
 * @param service - The term's casework records, and the bank holidays for complaint deadlines.
 * @returns The rows and the protected reports.
 */
export function evaluateTerm(
  carers: readonly AssessedCarer[],
  enrolled: readonly string[],
  outcomes: ReadonlyMap<string, CarerOutcome>,
  service: { readonly casework: TermCasework; readonly holidays: readonly string[] },
): TermEvaluation {
  const rows: EvaluationRow[] = [];
  const burdenRows: EvaluationRow[] = [];
  for (const c of carers) {
    const personId = pseudonymFor(c.carer.id);
    const base = {
      personId,
      period: PERIOD,
      referralSource: REFERRAL_SOURCES[c.carer.identifiedBy] ?? "Community and self-referral",
    };
    const outcome = outcomes.get(c.carer.id);
    if (!enrolled.includes(c.carer.id) || outcome === undefined) {
      rows.push({ ...base, supported: false });
      continue;
    }
    rows.push({
      ...base,
      supported: true,
      pre: swemwbsMetric(c.swemwbs),
      ...(outcome.exit === undefined ? {} : { post: swemwbsMetric(outcome.exit.swemwbs) }),
      lastSessionAttended: outcome.lastSessionAttended,
      status: outcome.droppedOutAfter === undefined ? "completed" : "dropped-out",
      ...(outcome.satisfaction === undefined ? {} : { satisfaction: outcome.satisfaction }),
      outcomes: {
        zbi12: {
          pre: c.zbi12.total,
          ...(outcome.exit === undefined ? {} : { post: outcome.exit.zbi12.total }),
        },
      },
    });
    burdenRows.push({
      personId,
      pre: c.zbi12.total,
      ...(outcome.exit === undefined ? {} : { post: outcome.exit.zbi12.total }),
    });
  }
  const primary = buildEvaluationReport(rows, {
    title: "Better Together, spring 2026: evaluation",
    outcome: {
      name: "SWEMWBS metric score",
      direction: "higher-is-better",
      min: 7,
      max: 35,
      // Cronbach's alpha of SWEMWBS in the validation sample (Stewart-Brown et al. 2009).
      reliability: 0.84,
      minimalImportantChange: 3,
    },
    // The secondary measure gets its own paired analysis and charts in the same report.
    outcomes: [
      { name: "ZBI-12 total", key: "zbi12", direction: "lower-is-better", min: 0, max: 48 },
    ],
    sessions: 8,
    service: {
      contacts: service.casework.contacts,
      outreach: service.casework.outreach,
      fairness: service.casework.fairness,
      feedback: {
        items: service.casework.feedback,
        asOf: "2026-06-30",
        holidays: service.holidays,
      },
    },
  });
  const secondary = buildEvaluationReport(burdenRows, {
    title: "Carer burden (ZBI-12)",
    outcome: { name: "ZBI-12 total", direction: "lower-is-better", min: 0, max: 48 },
  });
  return { rows, primary, secondary };
}
