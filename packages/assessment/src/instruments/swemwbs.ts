import { itemsOf, optionsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Raw total → metric score for SWEMWBS (Rasch transformation), raw 7–35. Identical in three
 * independent open implementations; Warwick's official chart is behind registration.
 */
const SWEMWBS_METRIC: readonly (readonly [number, number])[] = [
  [7, 7.0],
  [8, 9.51],
  [9, 11.25],
  [10, 12.4],
  [11, 13.33],
  [12, 14.08],
  [13, 14.75],
  [14, 15.32],
  [15, 15.84],
  [16, 16.36],
  [17, 16.88],
  [18, 17.43],
  [19, 17.98],
  [20, 18.59],
  [21, 19.25],
  [22, 19.98],
  [23, 20.73],
  [24, 21.54],
  [25, 22.35],
  [26, 23.21],
  [27, 24.11],
  [28, 25.03],
  [29, 26.02],
  [30, 27.03],
  [31, 28.13],
  [32, 29.31],
  [33, 30.7],
  [34, 32.55],
  [35, 35.0],
];

/**
 * Short Warwick-Edinburgh Mental Wellbeing Scale (7 items), scoring only: the wording is licensed
 * and must come from a text pack. Items `swemwbs_1`…`swemwbs_7`, each 1–5; raw total 7–35,
 * converted to the metric score with the published Rasch conversion table (conversion `metric`).
 *
 * @example
 * const answers = Object.fromEntries(SWEMWBS.items.map((item) => [item.id, 3]));
 * scoreInstrument(SWEMWBS, answers); // total 21, conversions[0].value 19.25
 */
export const SWEMWBS: Instrument = defineInstrument({
  id: "swemwbs",
  title: "Short Warwick-Edinburgh Mental Wellbeing Scale",
  shortTitle: "SWEMWBS",
  version: "1.0.0",
  source:
    "Stewart-Brown S, Tennant A, Tennant R, et al. Internal construct validity of the Warwick-Edinburgh Mental Well-being Scale (WEMWBS): a Rasch analysis using data from the Scottish Health Education Population Survey. Health Qual Life Outcomes 2009;7:15.",
  licence: {
    status: "licence_required",
    holder: "NHS Health Scotland, The University of Warwick and University of Edinburgh",
    url: "https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using",
    attribution:
      "Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, The University of Warwick and University of Edinburgh, 2008, all rights reserved.",
  },
  items: itemsOf("swemwbs", optionsOf([1, 2, 3, 4, 5]), 7),
  total: { method: "sum", label: "SWEMWBS raw total" },
  missing: { kind: "require_all" },
  direction: "higher_is_better",
  conversions: [
    {
      id: "metric",
      label: "SWEMWBS metric score",
      source:
        "SWEMWBS raw score to metric score conversion table (Warwick Medical School; Stewart-Brown et al. 2009)",
      table: SWEMWBS_METRIC,
    },
  ],
  minimalImportantChange: {
    value: 3,
    conversion: "metric",
    source: "Shah N, Cader M, Andrews B, et al. Health Qual Life Outcomes 2018;16:239",
    note: "At individual level a change of 1 to 3 metric points meets thresholds for statistically important change (1 SEM = 1.03; 2.77 SEM = 2.87); 3 is the conservative end.",
  },
  notes: [
    "Report the metric score, not the raw total: Warwick says raw scores need to be transformed.",
    "No cut-off bands are shipped: the ones in circulation are not verified here.",
  ],
});
