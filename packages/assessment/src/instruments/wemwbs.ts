import { itemsOf, optionsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Warwick-Edinburgh Mental Wellbeing Scale (14 items), scoring only: the wording is licensed by
 * Warwick Medical School and must come from your own licence through a text pack (see
 * {@link applyTextPack}). Items `wemwbs_1`…`wemwbs_14` in the published order, each 1–5, none
 * reversed; total 14–70. No bands: Warwick says WEMWBS is not a screening instrument.
 *
 * @example
 * const answers = Object.fromEntries(WEMWBS.items.map((item) => [item.id, 3]));
 * scoreInstrument(WEMWBS, answers); // total 42
 */
export const WEMWBS: Instrument = defineInstrument({
  id: "wemwbs",
  title: "Warwick-Edinburgh Mental Wellbeing Scale",
  shortTitle: "WEMWBS",
  version: "1.0.0",
  source:
    "Tennant R, Hiller L, Fishwick R, et al. The Warwick-Edinburgh Mental Well-being Scale (WEMWBS): development and UK validation. Health Qual Life Outcomes 2007;5:63.",
  licence: {
    status: "licence_required",
    holder: "NHS Health Scotland, The University of Warwick and University of Edinburgh",
    url: "https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using",
    attribution:
      "Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS) © NHS Health Scotland, The University of Warwick and University of Edinburgh, 2006, all rights reserved.",
  },
  items: itemsOf("wemwbs", optionsOf([1, 2, 3, 4, 5]), 14),
  total: { method: "sum", label: "WEMWBS total" },
  missing: { kind: "require_all" },
  direction: "higher_is_better",
  minimalImportantChange: {
    value: 3,
    source: "Warwick Medical School, WEMWBS FAQ 1.1; Maheswaran et al. 2012, HQLO 10:156",
    note: "A change of about 3 or more points can be considered significant (SEM 2.4–3.1).",
  },
  notes: [
    "Wording, response labels and layout may not be changed, and a non-commercial licence does not allow sharing the scale: supply the wording from your own licence.",
    "No cut-off bands are shipped: Warwick says WEMWBS was not designed as a screening instrument, and the cut points in circulation are not verified here.",
    "Every item is required: Warwick's missing-data guidance is behind registration.",
  ],
});
