import { PHQ9_TEXTS, PHQ_LICENCE, PHQ_OPTIONS, PHQ_PREAMBLE, itemsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Patient Health Questionnaire-9 (depression), with its full public-domain wording. Items
 * `phq9_1`…`phq9_9`, each 0–3; total 0–27 with Kroenke's five severity bands. Any answer above 0
 * to item 9 (thoughts of self-harm) raises a `safety` flag, whatever the total.
 *
 * @example
 * const result = scoreInstrument(PHQ9, { phq9_1: 3, phq9_2: 3, phq9_3: 3, phq9_4: 3, phq9_5: 3,
 *   phq9_6: 3, phq9_7: 3, phq9_8: 3, phq9_9: 3 });
 * // result.data.total === 27, result.data.band.code === "severe", result.data.flags[0].severity === "safety"
 */
export const PHQ9: Instrument = defineInstrument({
  id: "phq9",
  title: "Patient Health Questionnaire-9",
  shortTitle: "PHQ-9",
  version: "1.0.0",
  source:
    "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606-613.",
  licence: PHQ_LICENCE,
  preamble: PHQ_PREAMBLE,
  items: itemsOf("phq9", PHQ_OPTIONS, PHQ9_TEXTS),
  total: { method: "sum", label: "PHQ-9 total" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "phq9_severity",
      label: "Depression severity",
      source: "Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606",
      bands: [
        { code: "minimal", label: "None–minimal", min: 0, max: 4, severity: 0 },
        { code: "mild", label: "Mild", min: 5, max: 9, severity: 1 },
        { code: "moderate", label: "Moderate", min: 10, max: 14, severity: 2 },
        { code: "moderately_severe", label: "Moderately severe", min: 15, max: 19, severity: 3 },
        { code: "severe", label: "Severe", min: 20, max: 27, severity: 4 },
      ],
    },
  ],
  flags: [
    {
      id: "phq9_self_harm_thoughts",
      severity: "safety",
      item: "phq9_9",
      atLeast: 1,
      message:
        "Item 9 (thoughts of being better off dead or of self-harm) was answered above 'Not at all': follow your service's risk protocol before anything else.",
    },
  ],
  notes: [
    "No prorating: the PHQ manuals give no authoritative rule for missing items, so every item is required.",
    "A total of 10 or more has 88% sensitivity and 88% specificity for major depression (Kroenke 2001).",
  ],
});
