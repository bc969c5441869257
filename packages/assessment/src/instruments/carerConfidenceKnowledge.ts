import { itemsOf, optionsOf } from "../_lib/builtins.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";

const TEXTS = [
  "I feel confident in my caring role.",
  "I feel confident looking after my own health and wellbeing.",
  "I feel able to ask professionals for help when I need it.",
  "I know where to find information about the condition of the person I care for.",
  "I know what local services and support are available to me as a carer.",
  "I know my rights as a carer, including my right to a carer's assessment.",
] as const;

/**
 * A programme-specific item set for carers' groups such as Better Together: confidence
 * (`cck_1`–`cck_3`) and knowledge of resources (`cck_4`–`cck_6`), each 1 (strongly disagree) to
 * 5 (strongly agree); subscales and total are means (1–5), higher is better. Written for
 * CarerKit and shipped with its wording under the project's MIT licence. It is not a validated
 * scale: no bands and no minimal important change; report before/after change per subscale, and
 * use it alongside a validated measure.
 *
 * @example
 * scoreInstrument(CARER_CONFIDENCE_KNOWLEDGE, { cck_1: 3, cck_2: 2, cck_3: 4, cck_4: 3, cck_5: 2, cck_6: 1 }); // total 2.5
 */
export const CARER_CONFIDENCE_KNOWLEDGE: Instrument = defineInstrument({
  id: "carer_confidence_knowledge",
  title: "Carer confidence and knowledge (programme item set)",
  shortTitle: "Confidence & knowledge",
  version: "1.0.0",
  source: "CarerKit programme item set, written for the SDK (not a validated instrument).",
  licence: {
    status: "free_with_attribution",
    holder: "CarerKit contributors",
    attribution: "Carer confidence and knowledge item set, CarerKit (MIT licence).",
  },
  preamble: "How much do you agree with each statement today?",
  items: itemsOf(
    "cck",
    optionsOf(
      [1, 2, 3, 4, 5],
      ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
    ),
    TEXTS,
  ),
  subscales: [
    { id: "confidence", label: "Confidence", items: ["cck_1", "cck_2", "cck_3"], method: "mean" },
    {
      id: "knowledge",
      label: "Knowledge of resources",
      items: ["cck_4", "cck_5", "cck_6"],
      method: "mean",
    },
  ],
  total: { method: "mean", label: "Confidence & knowledge mean" },
  direction: "higher_is_better",
  missing: { kind: "require_all" },
  notes: [
    "Not validated: use for a programme's own before/after comparison, not to compare services.",
  ],
});
