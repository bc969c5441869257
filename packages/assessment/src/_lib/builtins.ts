import type { InstrumentItem, ResponseOption } from "../instrument/types/item.ts";
import type { InstrumentLicence } from "../instrument/types/licence.ts";

/** Options with the given values, and labels where the wording may be shipped. */
/* @__NO_SIDE_EFFECTS__ */
export function optionsOf(
  values: readonly number[],
  labels?: readonly string[],
): readonly ResponseOption[] {
  return values.map((value, i) => (labels === undefined ? { value } : { value, label: labels[i] }));
}

/**
 * Items `${prefix}_1` … sharing one option list: `count` items without wording, or one item per
 * text where the wording may be shipped.
 */
/* @__NO_SIDE_EFFECTS__ */
export function itemsOf(
  prefix: string,
  options: readonly ResponseOption[],
  countOrTexts: number | readonly string[],
): readonly InstrumentItem[] {
  if (typeof countOrTexts === "number")
    return Array.from({ length: countOrTexts }, (_, i) => ({ id: `${prefix}_${i + 1}`, options }));
  return countOrTexts.map((text, i) => ({ id: `${prefix}_${i + 1}`, text, options }));
}

export const PHQ_LICENCE: InstrumentLicence = {
  status: "public_domain",
  holder: "Pfizer Inc.",
  url: "https://www.phqscreeners.com",
  attribution:
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
};

export const PHQ_OPTIONS = optionsOf(
  [0, 1, 2, 3],
  ["Not at all", "Several days", "More than half the days", "Nearly every day"],
);

export const PHQ_PREAMBLE =
  "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

/** The GAD-7 (and PHQ-4) form's wording of the same question. */
export const GAD_PREAMBLE =
  "Over the last 2 weeks, how often have you been bothered by the following problems?";

export const PHQ9_TEXTS = [
  "Little interest or pleasure in doing things",
  "Feeling down, depressed, or hopeless",
  "Trouble falling or staying asleep, or sleeping too much",
  "Feeling tired or having little energy",
  "Poor appetite or overeating",
  "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
  "Trouble concentrating on things, such as reading the newspaper or watching television",
  "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
  "Thoughts that you would be better off dead or of hurting yourself in some way",
] as const;

export const GAD7_TEXTS = [
  "Feeling nervous, anxious or on edge",
  "Not being able to stop or control worrying",
  "Worrying too much about different things",
  "Trouble relaxing",
  "Being so restless that it is hard to sit still",
  "Becoming easily annoyed or irritable",
  "Feeling afraid as if something awful might happen",
] as const;

/** A two-band screen: below the cut-off, and at or above it. */
/* @__NO_SIDE_EFFECTS__ */
export function screenBands(cutOff: number, max: number) {
  return [
    { code: "negative", label: "Negative screen", min: 0, max: cutOff - 1, severity: 0 },
    { code: "positive", label: "Positive screen", min: cutOff, max, severity: 1 },
  ] as const;
}
