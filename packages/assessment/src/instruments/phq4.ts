import {
  GAD7_TEXTS,
  PHQ9_TEXTS,
  PHQ_LICENCE,
  PHQ_OPTIONS,
  GAD_PREAMBLE,
  screenBands,
} from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Patient Health Questionnaire-4: GAD-2 (items 1–2) and PHQ-2 (items 3–4), with full
 * public-domain wording. Total 0–12 in four bands; each subscale ≥ 3 is a positive screen.
 *
 * @example
 * scoreInstrument(PHQ4, { phq4_1: 2, phq4_2: 1, phq4_3: 2, phq4_4: 1 });
 * // total 6 ("moderate"); anxiety 3 and depression 3, both "positive"
 */
export const PHQ4: Instrument = defineInstrument({
  id: "phq4",
  title: "Patient Health Questionnaire-4",
  shortTitle: "PHQ-4",
  version: "1.0.0",
  source:
    "Kroenke K, Spitzer RL, Williams JBW, Löwe B. An ultra-brief screening scale for anxiety and depression: the PHQ-4. Psychosomatics 2009;50(6):613-621.",
  licence: PHQ_LICENCE,
  preamble: GAD_PREAMBLE,
  items: [
    { id: "phq4_1", text: GAD7_TEXTS[0], options: PHQ_OPTIONS },
    { id: "phq4_2", text: GAD7_TEXTS[1], options: PHQ_OPTIONS },
    { id: "phq4_3", text: PHQ9_TEXTS[0], options: PHQ_OPTIONS },
    { id: "phq4_4", text: PHQ9_TEXTS[1], options: PHQ_OPTIONS },
  ],
  subscales: [
    { id: "anxiety", label: "Anxiety (GAD-2)", items: ["phq4_1", "phq4_2"], method: "sum" },
    { id: "depression", label: "Depression (PHQ-2)", items: ["phq4_3", "phq4_4"], method: "sum" },
  ],
  total: { method: "sum", label: "PHQ-4 total" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "phq4_distress",
      label: "Psychological distress",
      source: "Kroenke et al. 2009, Psychosomatics 50:613",
      bands: [
        { code: "normal", label: "Normal", min: 0, max: 2, severity: 0 },
        { code: "mild", label: "Mild", min: 3, max: 5, severity: 1 },
        { code: "moderate", label: "Moderate", min: 6, max: 8, severity: 2 },
        { code: "severe", label: "Severe", min: 9, max: 12, severity: 3 },
      ],
    },
    {
      id: "phq4_anxiety_screen",
      label: "Anxiety screen (GAD-2 ≥ 3)",
      source: "Kroenke et al. 2009, Psychosomatics 50:613",
      subscale: "anxiety",
      bands: screenBands(3, 6),
    },
    {
      id: "phq4_depression_screen",
      label: "Depression screen (PHQ-2 ≥ 3)",
      source: "Kroenke et al. 2009, Psychosomatics 50:613",
      subscale: "depression",
      bands: screenBands(3, 6),
    },
  ],
});
