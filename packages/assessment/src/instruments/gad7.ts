import { GAD7_TEXTS, PHQ_LICENCE, PHQ_OPTIONS, GAD_PREAMBLE, itemsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Generalized Anxiety Disorder-7, with its full public-domain wording. Items `gad7_1`…`gad7_7`,
 * each 0–3 (the lowest option is "Not at all", not "Not at all sure": Zorowitz et al. 2021);
 * total 0–21, bands at 5, 10 and 15.
 *
 * @example
 * scoreInstrument(GAD7, { gad7_1: 2, gad7_2: 2, gad7_3: 2, gad7_4: 1, gad7_5: 1, gad7_6: 1, gad7_7: 1 });
 * // total 10, band "moderate"
 */
export const GAD7: Instrument = defineInstrument({
  id: "gad7",
  title: "Generalized Anxiety Disorder-7",
  shortTitle: "GAD-7",
  version: "1.0.0",
  source:
    "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097.",
  licence: PHQ_LICENCE,
  preamble: GAD_PREAMBLE,
  items: itemsOf("gad7", PHQ_OPTIONS, GAD7_TEXTS),
  total: { method: "sum", label: "GAD-7 total" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "gad7_severity",
      label: "Anxiety severity",
      source: "Spitzer et al. 2006, Arch Intern Med 166:1092",
      bands: [
        { code: "minimal", label: "None–minimal", min: 0, max: 4, severity: 0 },
        { code: "mild", label: "Mild", min: 5, max: 9, severity: 1 },
        { code: "moderate", label: "Moderate", min: 10, max: 14, severity: 2 },
        { code: "severe", label: "Severe", min: 15, max: 21, severity: 3 },
      ],
    },
  ],
  notes: [
    "A total of 10 or more has 89% sensitivity and 82% specificity for generalized anxiety disorder (Spitzer 2006).",
    "NHS Talking Therapies uses GAD-7 ≥ 8 for caseness; that is a service rule, not a band here.",
  ],
});
