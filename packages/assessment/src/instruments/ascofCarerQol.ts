import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

const LEVELS = [
  { value: 2, code: "no_unmet_needs" },
  { value: 1, code: "some_unmet_needs" },
  { value: 0, code: "high_unmet_needs" },
] as const;

const DOMAINS = [
  "occupation",
  "control",
  "personal_care",
  "safety",
  "social_participation",
  "encouragement_and_support",
] as const;

/**
 * Carer-reported quality of life, ASCOF measure 1D (England, Survey of Adult Carers in England).
 * Six equally weighted questions: occupation, control over daily life, looking after yourself,
 * safety, social participation, encouragement and support. The first answer (no unmet needs)
 * scores 2, the middle 1, the last 0; the score is out of 12, and only carers who answered all
 * six are scored. Scoring only: the survey wording is ASCOT-derived and licensed.
 *
 * @example
 * scoreInstrument(ASCOF_CARER_QOL, {
 *   ascof_occupation: 2, ascof_control: 1, ascof_personal_care: 1,
 *   ascof_safety: 0, ascof_social_participation: 2, ascof_encouragement_and_support: 1,
 * }); // total 7
 */
export const ASCOF_CARER_QOL: Instrument = defineInstrument({
  id: "ascof_carer_qol",
  title: "Carer-reported quality of life (ASCOF 1D)",
  shortTitle: "ASCOF carer QoL",
  version: "1.0.0",
  source:
    "Adult Social Care Outcomes Framework, measure 1D: carer-reported quality of life (NHS Digital, Survey of Adult Carers in England); metric definition esd standards 10671.",
  licence: {
    status: "licence_required",
    holder: "University of Kent, PSSRU (ASCOT); the scoring rule is a public statistic definition",
    url: "https://www.pssru.ac.uk/ascot/",
    attribution:
      "Question wording derived from the Adult Social Care Outcomes Toolkit (ASCOT) © University of Kent.",
  },
  items: /* @__PURE__ */ DOMAINS.map((domain) => ({ id: `ascof_${domain}`, options: LEVELS })),
  total: { method: "sum", label: "Carer-reported quality of life (0–12)" },
  missing: { kind: "require_all" },
  direction: "higher_is_better",
  notes: [
    "Map each survey answer to its level: the first option is no unmet needs (2), the second some (1), the last high (0).",
    "National averages: 8.1 in 2012-13 and 7.5 in 2018-19 (England).",
  ],
});
