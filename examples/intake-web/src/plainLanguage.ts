// What the check-in answers mean, in plain words for the carer. The SDK gives the bands and a
// practitioner's explanation; the carer-facing sentences are this page's.
import { PHQ4, type InstrumentScore } from "@carerkit/assessment";
import type { HowAreYou } from "./questions.ts";

const HOW_ARE_YOU_SENTENCES: Readonly<Record<HowAreYou, string>> = {
  struggling: "You told us you are struggling at the moment.",
  finding_it_hard: "You told us you are finding things hard at the moment.",
  getting_by: "You told us you are getting by.",
  doing_ok: "You told us you are doing OK.",
  doing_well: "You told us you are doing well.",
};

const DISTRESS_SENTENCES: Readonly<Record<string, string>> = {
  normal: "Your answers show few signs of anxiety or low mood over the last 2 weeks.",
  mild: "Your answers show some signs of anxiety or low mood over the last 2 weeks.",
  moderate: "Your answers show quite a lot of anxiety or low mood over the last 2 weeks.",
  severe: "Your answers show a lot of anxiety or low mood over the last 2 weeks.",
};

const SCREEN_SENTENCES: Readonly<Record<string, string>> = {
  anxiety:
    "Your answers about worry are at the level where it is worth talking to your GP or a counsellor about anxiety.",
  depression:
    "Your answers about mood and interest are at the level where it is worth talking to your GP about low mood.",
};

/** What the carer said, and what the PHQ-4 answers mean, as short sentences. */
export function describeCheckIn(howAreYou: HowAreYou, score: InstrumentScore): string[] {
  const sentences = [HOW_ARE_YOU_SENTENCES[howAreYou]];
  const band = score.band?.code;
  if (band !== undefined) sentences.push(DISTRESS_SENTENCES[band] ?? "");
  for (const subscale of score.subscales) {
    const positive = subscale.bands.some((b) => b.code === "positive");
    if (positive) sentences.push(SCREEN_SENTENCES[subscale.id] ?? "");
  }
  sentences.push("This is a short check, not a diagnosis.");
  return sentences.filter((s) => s !== "");
}

/** Whether to show where to get help now. */
export function needsHelpNow(howAreYou: HowAreYou, score: InstrumentScore): boolean {
  return (
    howAreYou === "struggling" ||
    (score.band?.severity ?? 0) >= 2 ||
    score.flags.some((flag) => flag.severity === "safety")
  );
}

/** The score in words, e.g. "PHQ-4 score: 6 out of 12 (moderate)". */
export function describeScore(score: InstrumentScore): string {
  const band = score.band === undefined ? "" : ` (${score.band.label.toLowerCase()})`;
  const highest = PHQ4.items.reduce(
    (sum, item) => sum + Math.max(...(item.options ?? []).map((option) => option.value)),
    0,
  );
  return `PHQ-4 score: ${score.total} out of ${highest}${band}`;
}
