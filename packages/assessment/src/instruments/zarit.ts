import { itemsOf, optionsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentLicence } from "../instrument/types/licence.ts";

const ZBI_LICENCE: InstrumentLicence = {
  status: "licence_required",
  holder: "Mapi Research Trust (exclusive licensor of the ZBI and all its derivatives)",
  url: "https://eprovide.mapi-trust.org/instruments/zarit-burden-interview",
  attribution:
    "Zarit Burden Interview (ZBI) © Steven H. Zarit and Judy M. Zarit. Licensed and distributed by Mapi Research Trust.",
};

const ZBI_OPTIONS = optionsOf([0, 1, 2, 3, 4]);

const ZBI_NOTE =
  "Scoring only: the wording is licensed by Mapi Research Trust (including electronic versions); supply it from your licence through a text pack.";

/**
 * Zarit Burden Interview, 22 items, scoring only (licensed wording). Items `zbi22_1`…`zbi22_22`,
 * each 0–4 (never … nearly always); total 0–88 in the four bands in common use.
 *
 * @example
 * const answers = Object.fromEntries(ZBI22.items.map((item, i) => [item.id, i < 10 ? 2 : 1]));
 * scoreInstrument(ZBI22, answers); // total 32, band "mild_moderate"
 */
export const ZBI22: Instrument = defineInstrument({
  id: "zbi22",
  title: "Zarit Burden Interview (22 items)",
  shortTitle: "ZBI-22",
  version: "1.0.0",
  source:
    "Zarit SH, Orr NK, Zarit JM. The hidden victims of Alzheimer's disease: families under stress. New York University Press, 1985.",
  licence: ZBI_LICENCE,
  items: itemsOf("zbi22", ZBI_OPTIONS, 22),
  total: { method: "sum", label: "ZBI-22 total" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "zbi22_burden",
      label: "Burden (bands in common use)",
      source:
        "Cut-offs in common clinical use attributed to Hébert/Zarit (0–20, 21–40, 41–60, 61–88); primary source not verified",
      bands: [
        { code: "little_or_none", label: "Little or no burden", min: 0, max: 20, severity: 0 },
        { code: "mild_moderate", label: "Mild to moderate burden", min: 21, max: 40, severity: 1 },
        {
          code: "moderate_severe",
          label: "Moderate to severe burden",
          min: 41,
          max: 60,
          severity: 2,
        },
        { code: "severe", label: "Severe burden", min: 61, max: 88, severity: 3 },
      ],
    },
  ],
  notes: [
    ZBI_NOTE,
    "The bands are in common use but their primary source is not verified; treat them as descriptive.",
  ],
});

/**
 * Zarit Burden Interview, 12-item short form (Bédard et al. 2001), scoring only. Items
 * `zbi12_1`…`zbi12_12`, each 0–4; total 0–48. No bands are shipped (the ones in circulation
 * overlap and are unsourced).
 *
 * @example
 * const answers = Object.fromEntries(ZBI12.items.map((item) => [item.id, 4]));
 * scoreInstrument(ZBI12, answers); // total 48
 */
export const ZBI12: Instrument = defineInstrument({
  id: "zbi12",
  title: "Zarit Burden Interview (12-item short form)",
  shortTitle: "ZBI-12",
  version: "1.0.0",
  source:
    "Bédard M, Molloy DW, Squire L, et al. The Zarit Burden Interview: a new short version and screening version. Gerontologist 2001;41(5):652-657.",
  licence: ZBI_LICENCE,
  items: itemsOf("zbi12", ZBI_OPTIONS, 12),
  total: { method: "sum", label: "ZBI-12 total" },
  missing: { kind: "require_all" },
  notes: [
    ZBI_NOTE,
    "The 12 items are ZBI-22 items 2, 3, 5, 6, 9, 10, 11, 12, 17, 19, 20 and 21, in that order.",
    "No bands: a cut-off of 13 has been suggested for older carers (PMC6497029), but it is not normative.",
    "Higginson et al. 2010 (J Clin Epidemiol 63:535) endorse the ZBI-12 as the best short form in advanced illness.",
  ],
});

/**
 * Zarit Burden Interview, 4-item screening version (Bédard et al. 2001), scoring only. Items
 * `zbi4_1`…`zbi4_4`, each 0–4; total 0–16; 8 or more indicates high burden.
 *
 * @example
 * scoreInstrument(ZBI4, { zbi4_1: 2, zbi4_2: 2, zbi4_3: 2, zbi4_4: 2 }); // total 8, band "high"
 */
export const ZBI4: Instrument = defineInstrument({
  id: "zbi4",
  title: "Zarit Burden Interview (4-item screening version)",
  shortTitle: "ZBI-4",
  version: "1.0.0",
  source:
    "Bédard M, Molloy DW, Squire L, et al. The Zarit Burden Interview: a new short version and screening version. Gerontologist 2001;41(5):652-657.",
  licence: ZBI_LICENCE,
  items: itemsOf("zbi4", ZBI_OPTIONS, 4),
  total: { method: "sum", label: "ZBI-4 total" },
  missing: { kind: "require_all" },
  bandings: [
    {
      id: "zbi4_screen",
      label: "Burden screen (≥ 8)",
      source:
        "Bédard et al. 2001, Gerontologist 41:652 (cut-off as reproduced in clinical handouts)",
      bands: [
        { code: "below", label: "Below the high-burden cut-off", min: 0, max: 7, severity: 0 },
        { code: "high", label: "High burden", min: 8, max: 16, severity: 1 },
      ],
    },
  ],
  notes: [
    ZBI_NOTE,
    "Take the four items and their order from Bédard 2001 or your licensed copy; the mapping to ZBI-22 items is not verified here.",
  ],
});
