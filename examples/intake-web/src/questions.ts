// The questions on the page, all taken from the SDK: how the carer is doing (core's check-in
// scale), the PHQ-4 check-in instrument and the support-needs checklist (assessment).
import { CORE_SUPPORT_NEEDS_CHECKLIST, PHQ4, type SupportLevel } from "@carerkit/assessment";
import { HowAreYouSchema, type CheckIn } from "@carerkit/core";

/** How the carer says they are doing, from core's check-in scale. */
export type HowAreYou = CheckIn["howAreYou"];

/** One choice in a radio group. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** One question answered with a radio group. */
export interface RadioQuestion {
  /** The form field name, also the base of the element ids. */
  readonly name: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly choices: readonly Choice[];
  /** `inline` puts short choices side by side; `stacked` lists them one under another. */
  readonly layout: "inline" | "stacked";
}

const HOW_ARE_YOU_LABELS: Readonly<Record<HowAreYou, string>> = {
  struggling: "Struggling",
  finding_it_hard: "Finding it hard",
  getting_by: "Getting by",
  doing_ok: "Doing OK",
  doing_well: "Doing well",
};

export const HOW_ARE_YOU_QUESTION: RadioQuestion = {
  name: "howAreYou",
  legend: "How are you doing overall at the moment?",
  choices: HowAreYouSchema.options.map((value) => ({ value, label: HOW_ARE_YOU_LABELS[value] })),
  layout: "stacked",
};

/** The PHQ-4 preamble, shown once above its four questions. */
export const CHECK_IN_PREAMBLE = PHQ4.preamble ?? "";

export const CHECK_IN_QUESTIONS: readonly RadioQuestion[] = PHQ4.items.map((item) => ({
  name: item.id,
  legend: item.text ?? item.id,
  choices: (item.options ?? []).map((option) => ({
    value: String(option.value),
    label: option.label ?? String(option.value),
  })),
  layout: "stacked",
}));

/** The checklist's words for each level, in the order shown. */
export const SUPPORT_LEVEL_LABELS: Readonly<Record<SupportLevel, string>> = {
  not_needed: "No more needed",
  some: "Some more",
  a_lot: "A lot more",
};

const SUPPORT_LEVELS = Object.keys(SUPPORT_LEVEL_LABELS) as SupportLevel[];

/** Checklist fields are named `need-<domain id>`. */
export const NEED_FIELD_PREFIX = "need-";

export const CHECKLIST_TITLE = CORE_SUPPORT_NEEDS_CHECKLIST.title;

export const CHECKLIST_QUESTIONS: readonly RadioQuestion[] =
  CORE_SUPPORT_NEEDS_CHECKLIST.domains.map((domain) => ({
    name: `${NEED_FIELD_PREFIX}${domain.id}`,
    legend: domain.label,
    hint: domain.description,
    choices: SUPPORT_LEVELS.map((value) => ({ value, label: SUPPORT_LEVEL_LABELS[value] })),
    layout: "inline",
  }));
