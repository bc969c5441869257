import { itemsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

/**
 * Caregiver Strain Index (Robinson 1983), scoring only (licence status unknown). Items
 * `csi_1`…`csi_13`, each no = 0 / yes = 1; total 0–13; 7 or more indicates a high level of stress.
 *
 * @example
 * const answers = Object.fromEntries(CSI.items.map((item, i) => [item.id, i < 7 ? 1 : 0]));
 * scoreInstrument(CSI, answers); // total 7, band "high"
 */
export const CSI: Instrument = defineInstrument({
  id: "csi",
  title: "Caregiver Strain Index",
  shortTitle: "CSI",
  version: "1.0.0",
  source: "Robinson BC. Validation of a Caregiver Strain Index. J Gerontol 1983;38(3):344-348.",
  licence: {
    status: "unknown",
    holder: "Journal copyright (J Gerontol 1983, The Gerontological Society of America)",
    attribution: "Caregiver Strain Index, Robinson BC, J Gerontol 1983;38(3):344-348.",
  },
  items: itemsOf(
    "csi",
    [
      { value: 0, code: "no" },
      { value: 1, code: "yes" },
    ],
    13,
  ),
  total: { method: "sum", label: "CSI total" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "csi_strain",
      label: "Strain (≥ 7 high)",
      source: "Robinson 1983, J Gerontol 38:344",
      bands: [
        { code: "below", label: "Below the high-stress cut-off", min: 0, max: 6, severity: 0 },
        { code: "high", label: "High level of stress", min: 7, max: 13, severity: 1 },
      ],
    },
  ],
  notes: [
    "Any item answered yes may show an area where intervention would help, whatever the total.",
    "Licence status is unknown, so no wording is shipped.",
  ],
});

/**
 * Modified Caregiver Strain Index (Thornton & Travis 2003), scoring only (licence status
 * unknown). Items `mcsi_1`…`mcsi_13`, each no = 0 / sometimes = 1 / yes, on a regular basis = 2;
 * total 0–26, higher is more strain. No bands: the authors published none.
 *
 * @example
 * const answers = Object.fromEntries(MCSI.items.map((item) => [item.id, 1]));
 * scoreInstrument(MCSI, answers); // total 13
 */
export const MCSI: Instrument = defineInstrument({
  id: "mcsi",
  title: "Modified Caregiver Strain Index",
  shortTitle: "MCSI",
  version: "1.0.0",
  source:
    "Thornton M, Travis SS. Analysis of the reliability of the Modified Caregiver Strain Index. J Gerontol B Psychol Sci Soc Sci 2003;58(2):S127-S132.",
  licence: {
    status: "unknown",
    holder:
      "Journal copyright (The Gerontological Society of America); distributed by the Hartford Institute for Geriatric Nursing",
    url: "https://hign.org/consultgeri/try-this-series/modified-caregiver-strain-index-mcsi",
    attribution:
      "Modified Caregiver Strain Index, Thornton M & Travis SS, J Gerontol B 2003;58(2):S127-S132.",
  },
  items: itemsOf(
    "mcsi",
    [
      { value: 0, code: "no" },
      { value: 1, code: "sometimes" },
      { value: 2, code: "yes_regularly" },
    ],
    13,
  ),
  total: { method: "sum", label: "MCSI total" },
  missing: { kind: "require_all" },
  notes: ["No bands: the MCSI has no published low/moderate/high cut-offs."],
});
