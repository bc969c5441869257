import { itemsOf, optionsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentLicence } from "../instrument/types/licence.ts";

const KESSLER_LICENCE: InstrumentLicence = {
  status: "unknown",
  holder: "Ronald C. Kessler, Harvard Medical School",
  url: "https://www.hcp.med.harvard.edu/ncs/k6_scales.php",
  attribution:
    "Kessler Psychological Distress Scale, Kessler RC et al. 2002, Psychol Med 32:959-976.",
};

/**
 * Kessler Psychological Distress Scale (10 items), scoring only (licence status unknown), on the
 * Australian 1–5 scoring: items `k10_1`…`k10_10`, total 10–50. Both published bandings are
 * shipped and labelled: ABS (primary) and CRUfAD. US 0–4 scoring is this total minus 10.
 *
 * @example
 * const answers = Object.fromEntries(K10.items.map((item) => [item.id, 2]));
 * scoreInstrument(K10, answers); // total 20: ABS "moderate", CRUfAD "mild"
 */
export const K10: Instrument = defineInstrument({
  id: "k10",
  title: "Kessler Psychological Distress Scale (K10)",
  shortTitle: "K10",
  version: "1.0.0",
  source:
    "Kessler RC, Andrews G, Colpe LJ, et al. Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychol Med 2002;32(6):959-976.",
  licence: KESSLER_LICENCE,
  items: itemsOf("k10", optionsOf([1, 2, 3, 4, 5]), 10),
  total: { method: "sum", label: "K10 total (1–5 scoring)" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "k10_abs",
      label: "ABS levels of psychological distress",
      source: "Australian Bureau of Statistics, 4817.0.55.001 Information Paper: Use of the K10",
      bands: [
        { code: "low", label: "Low", min: 10, max: 15, severity: 0 },
        { code: "moderate", label: "Moderate", min: 16, max: 21, severity: 1 },
        { code: "high", label: "High", min: 22, max: 29, severity: 2 },
        { code: "very_high", label: "Very high", min: 30, max: 50, severity: 3 },
      ],
    },
    {
      id: "k10_crufad",
      label: "CRUfAD / Victorian Population Health Survey 2001",
      source: "ABS 4817.0.55.001 Table F (CRUfAD; Victorian Population Health Survey 2001)",
      bands: [
        { code: "likely_well", label: "Likely to be well", min: 10, max: 19, severity: 0 },
        { code: "mild", label: "Likely to have a mild disorder", min: 20, max: 24, severity: 1 },
        {
          code: "moderate",
          label: "Likely to have a moderate disorder",
          min: 25,
          max: 29,
          severity: 2,
        },
        {
          code: "severe",
          label: "Likely to have a severe disorder",
          min: 30,
          max: 50,
          severity: 3,
        },
      ],
    },
  ],
  notes: [
    "The developers did not recommend standardised cut-offs: interpret the bands for the population.",
    "US scoring (0–4 per item, total 0–40) equals this total minus 10.",
  ],
});

/**
 * Kessler Psychological Distress Scale (6 items), scoring only (licence status unknown), on the
 * 0–4 scoring: items `k6_1`…`k6_6`, total 0–24; 13 or more indicates serious psychological distress.
 *
 * @example
 * const answers = Object.fromEntries(K6.items.map((item, i) => [item.id, i < 1 ? 3 : 2]));
 * scoreInstrument(K6, answers); // total 13, band "serious"
 */
export const K6: Instrument = defineInstrument({
  id: "k6",
  title: "Kessler Psychological Distress Scale (K6)",
  shortTitle: "K6",
  version: "1.0.0",
  source:
    "Kessler RC, Barker PR, Colpe LJ, et al. Screening for serious mental illness in the general population. Arch Gen Psychiatry 2003;60(2):184-189.",
  licence: KESSLER_LICENCE,
  items: itemsOf("k6", optionsOf([0, 1, 2, 3, 4]), 6),
  total: { method: "sum", label: "K6 total (0–4 scoring)" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "k6_spd",
      label: "Serious psychological distress (≥ 13)",
      source: "Kessler et al. 2003, Arch Gen Psychiatry 60:184",
      bands: [
        {
          code: "below",
          label: "Below the serious-distress threshold",
          min: 0,
          max: 12,
          severity: 0,
        },
        { code: "serious", label: "Serious psychological distress", min: 13, max: 24, severity: 1 },
      ],
    },
  ],
  notes: [
    "The FHIR MII PRO guide treats K6 as metadata-only because of licensing: no wording here.",
  ],
});
