import {
  GAD7_TEXTS,
  PHQ_LICENCE,
  PHQ_OPTIONS,
  GAD_PREAMBLE,
  itemsOf,
  screenBands,
} from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Generalized Anxiety Disorder-2 (the first two GAD-7 items), with full public-domain wording.
 * Total 0–6; 3 or more is a positive screen for anxiety (follow up with the GAD-7).
 *
 * @example
 * scoreInstrument(GAD2, { gad2_1: 1, gad2_2: 1 }); // total 2, band "negative"
 */
export const GAD2: Instrument = defineInstrument({
  id: "gad2",
  title: "Generalized Anxiety Disorder-2",
  shortTitle: "GAD-2",
  version: "1.0.0",
  source:
    "Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317-325.",
  licence: PHQ_LICENCE,
  preamble: GAD_PREAMBLE,
  items: itemsOf("gad2", PHQ_OPTIONS, GAD7_TEXTS.slice(0, 2)),
  total: { method: "sum", label: "GAD-2 total" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "gad2_screen",
      label: "Anxiety screen (≥ 3)",
      source: "Kroenke et al. 2007, Ann Intern Med 146:317",
      bands: screenBands(3, 6),
    },
  ],
});
