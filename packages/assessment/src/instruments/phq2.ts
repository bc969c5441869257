import {
  PHQ9_TEXTS,
  PHQ_LICENCE,
  PHQ_OPTIONS,
  PHQ_PREAMBLE,
  itemsOf,
  screenBands,
} from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Patient Health Questionnaire-2 (the first two PHQ-9 items), with full public-domain wording.
 * Total 0–6; 3 or more is a positive screen for depression (follow up with the PHQ-9).
 *
 * @example
 * scoreInstrument(PHQ2, { phq2_1: 2, phq2_2: 1 }); // total 3, band "positive"
 */
export const PHQ2: Instrument = defineInstrument({
  id: "phq2",
  title: "Patient Health Questionnaire-2",
  shortTitle: "PHQ-2",
  version: "1.0.0",
  source:
    "Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284-1292.",
  licence: PHQ_LICENCE,
  preamble: PHQ_PREAMBLE,
  items: itemsOf("phq2", PHQ_OPTIONS, PHQ9_TEXTS.slice(0, 2)),
  total: { method: "sum", label: "PHQ-2 total" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "phq2_screen",
      label: "Depression screen (≥ 3)",
      source: "Kroenke, Spitzer & Williams 2003, Med Care 41:1284",
      bands: screenBands(3, 6),
    },
  ],
});
