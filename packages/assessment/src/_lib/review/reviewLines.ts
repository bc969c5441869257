import type { CheckIn, Goal } from "@carerkit/core";
import type { ChecklistReview } from "../../checklist/compareChecklists.ts";
import type { ScoreComparison } from "../../instrument/compareScores.ts";

/** What a score line needs (the shape of `ReviewedScore`, kept here so imports run one way). */
interface ScoreToSay {
  readonly name: string;
  readonly comparison: ScoreComparison;
  readonly meaning: "better" | "worse" | "about_the_same";
}

const HOW: Readonly<Record<CheckIn["howAreYou"], string>> = {
  struggling: "struggling",
  finding_it_hard: "finding it hard",
  getting_by: "getting by",
  doing_ok: "doing OK",
  doing_well: "doing well",
};

const LEVEL = {
  not_needed: "no more help",
  some: "some more help",
  a_lot: "a lot more help",
} as const;

const listOf = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;

/** The wins, said first: goals achieved and the small wins the carer told us about. */
export function winLines(achieved: readonly Goal[], checkIns: readonly CheckIn[]): string[] {
  return [
    ...achieved.map((g) => `You reached your goal: "${g.title}". Well done.`),
    ...checkIns.flatMap((c) => c.smallWins.map((w) => `A win you told us about: "${w.text}".`)),
  ];
}

/** What the checklist comparison says: what is better, and where more help is wanted. */
export function checklistLines(review: ChecklistReview): { better: string[]; worse: string[] } {
  const named = (changes: readonly string[]) =>
    review.domains.filter((d) => changes.includes(d.change));
  const better = named(["resolved", "improved"]).map(
    (d) => `${d.label} (you needed ${LEVEL[d.earlier ?? "some"]}, now ${LEVEL[d.later ?? "some"]})`,
  );
  const worse = named(["worse", "new_need"]).map(
    (d) => `${d.label} (now ${LEVEL[d.later ?? "some"]})`,
  );
  return {
    better: better.length > 0 ? [`Things that are better: ${listOf(better)}.`] : [],
    worse: worse.length > 0 ? [`Things where you want more help now: ${listOf(worse)}.`] : [],
  };
}

/** One plain sentence per score change. */
export function scoreLine(score: ScoreToSay): string {
  const { comparison: c, name } = score;
  const round = (x: number) => String(Math.round(x * 10) / 10);
  const moved =
    c.change === 0
      ? `stayed at ${round(c.later)}`
      : `went ${c.change > 0 ? "up" : "down"} from ${round(c.earlier)} to ${round(c.later)}`;
  const judged =
    score.meaning === "better"
      ? "That is a real improvement."
      : score.meaning === "worse"
        ? "That is a real change for the worse, so let's talk about what would help."
        : "That is about the same as before.";
  return `Your ${name} score ${moved}. ${judged}`;
}

/** How the check-ins went. */
export function checkInLines(checkIns: readonly CheckIn[]): string[] {
  const first = checkIns[0];
  const last = checkIns.at(-1);
  if (first === undefined || last === undefined) return [];
  const times =
    checkIns.length === 1
      ? "once"
      : checkIns.length === 2
        ? "twice"
        : `${String(checkIns.length)} times`;
  const said =
    checkIns.length === 1
      ? `you said you were ${HOW[first.howAreYou]}`
      : `at first you said you were ${HOW[first.howAreYou]}, and most recently ${HOW[last.howAreYou]}`;
  return [`We checked in ${times}: ${said}.`];
}

/** The goals still being worked on. */
export function goalLines(ongoing: readonly Goal[]): string[] {
  return ongoing.length === 0
    ? []
    : [`Still working on: ${listOf(ongoing.map((g) => `"${g.title}"`))}.`];
}
