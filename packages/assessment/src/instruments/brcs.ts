import { itemsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Brief Resilient Coping Scale (Sinclair & Wallston 2004), scoring only (licence status
 * unknown). Items `brcs_1`…`brcs_4`, each 1 (does not describe me at all) to 5 (describes me
 * very well); total 4–20, higher is more resilient coping: 4–13 low, 14–16 medium, 17–20 high.
 *
 * @example
 * scoreInstrument(BRCS, { brcs_1: 4, brcs_2: 4, brcs_3: 4, brcs_4: 3 }); // total 15, band "medium"
 */
export const BRCS: Instrument = defineInstrument({
  id: "brcs",
  title: "Brief Resilient Coping Scale",
  shortTitle: "BRCS",
  version: "1.0.0",
  source:
    "Sinclair VG, Wallston KA. The development and psychometric evaluation of the Brief Resilient Coping Scale. Assessment 2004;11(1):94-101.",
  licence: {
    status: "unknown",
    holder:
      "Journal copyright (Assessment, SAGE); authors at Vanderbilt University School of Nursing",
    attribution:
      "Brief Resilient Coping Scale, Sinclair VG & Wallston KA, Assessment 2004;11(1):94-101.",
  },
  items: itemsOf(
    "brcs",
    [1, 2, 3, 4, 5].map((value) => ({ value })),
    4,
  ),
  total: { method: "sum", label: "BRCS total" },
  direction: "higher_is_better",
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "brcs_coping",
      label: "Resilient coping",
      source:
        "Sinclair & Wallston 2004, as summarised in the Harvard T.H. Chan School of Public Health measure bank",
      bands: [
        { code: "low", label: "Low resilient coping", min: 4, max: 13, severity: 2 },
        { code: "medium", label: "Medium resilient coping", min: 14, max: 16, severity: 1 },
        { code: "high", label: "High resilient coping", min: 17, max: 20, severity: 0 },
      ],
    },
  ],
  notes: ["Licence status is unknown, so no wording is shipped; supply it with applyTextPack."],
});
