// Step 2: the entry assessment with @carerkit/assessment. The carer-led support-needs
// checklist gives their needs in priority order; SWEMWBS (wellbeing), ZBI-12 (burden) and
// PHQ-9 (mood) are scored; the Care Act 2014 eligibility determination is recorded; any safety
// flag (PHQ-9 item 9) is raised for follow-up before anything else.
import {
  CORE_SUPPORT_NEEDS_CHECKLIST,
  PHQ9,
  SWEMWBS,
  ZBI12,
  determineCarerEligibility,
  prioritiseNeeds,
  scoreInstrument,
  type CarerEligibilityDetermination,
  type Instrument,
  type InstrumentResponses,
  type InstrumentScore,
  type PrioritisedNeed,
  type RaisedFlag,
} from "@carerkit/assessment";
import type { EntryAssessment } from "./data.ts";
import type { RegisteredCarer } from "./register.ts";

/** A carer's entry assessment, scored and decided. */
export interface AssessedCarer extends RegisteredCarer {
  readonly entry: EntryAssessment;
  readonly needs: readonly PrioritisedNeed[];
  readonly swemwbs: InstrumentScore;
  readonly zbi12: InstrumentScore;
  readonly phq9: InstrumentScore;
  readonly eligibility: CarerEligibilityDetermination;
  /** Safety flags from any instrument: act on these first. */
  readonly safetyFlags: readonly RaisedFlag[];
}

/**
 * Scores an instrument, failing loudly: the bundled answers are complete by design, so an error
 * here is a broken data file, not a carer's missing answer.
 *
 * @param instrument - The instrument.
 * @param answers - Item id → answer.
 * @returns The score.
 */
export function scoreOrThrow(
  instrument: Instrument,
  answers: InstrumentResponses,
): InstrumentScore {
  const result = scoreInstrument(instrument, answers);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

/** The SWEMWBS metric score (Rasch-converted), which is what Warwick says to report. */
export function swemwbsMetric(score: InstrumentScore): number {
  const metric = score.conversions.find((c) => c.id === "metric");
  if (metric === undefined) throw new Error("SWEMWBS: metric conversion missing");
  return metric.value;
}

/**
 * Assesses every registered carer who has an entry assessment.
 *
 * @param registered - Carers from registration.
 * @param entries - Entry assessments by carer id.
 * @returns The assessed carers, in registration order.
 */
export function assessCarers(
  registered: readonly RegisteredCarer[],
  entries: ReadonlyMap<string, EntryAssessment>,
): AssessedCarer[] {
  return registered.flatMap((r) => {
    const entry = entries.get(r.carer.id);
    if (entry === undefined) return [];
    const needs = prioritiseNeeds(CORE_SUPPORT_NEEDS_CHECKLIST, entry.checklist);
    if (!needs.success) throw new Error(`${r.carer.id} checklist: ${needs.error.message}`);
    const swemwbs = scoreOrThrow(SWEMWBS, entry.instruments.swemwbs);
    const zbi12 = scoreOrThrow(ZBI12, entry.instruments.zbi12);
    const phq9 = scoreOrThrow(PHQ9, entry.instruments.phq9);
    const safetyFlags = [swemwbs, zbi12, phq9].flatMap((s) =>
      s.flags.filter((f) => f.severity === "safety"),
    );
    return [
      {
        ...r,
        entry,
        needs: needs.data,
        swemwbs,
        zbi12,
        phq9,
        eligibility: determineCarerEligibility(entry.eligibility),
        safetyFlags,
      },
    ];
  });
}
