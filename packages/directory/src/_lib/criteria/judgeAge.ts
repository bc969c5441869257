import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

function ageText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `ages ${min}–${max}`;
  if (min !== undefined) return `ages ${min}+`;
  return `up to age ${max ?? ""}`;
}

/** An age criterion, judged only when the age was given: is it within the offer's limits? */
export function judgeAge(
  card: Scorecard,
  criterion: "carer_age" | "cared_for_age",
  about: {
    readonly age: number | undefined;
    readonly range: ServiceOffer["carerAges"];
    readonly who: string;
  },
): void {
  const { age, range, who } = about;
  if (age === undefined) return;
  if (range === undefined)
    mark(card, criterion, {
      state: "unknown",
      detail: `${who} age limit unknown`,
      score: halfWeight(criterion),
    });
  else if (
    (range.min === undefined || age >= range.min) &&
    (range.max === undefined || age <= range.max)
  ) {
    mark(card, criterion, {
      state: "meets",
      detail: `${who} ${ageText(range.min, range.max)}`,
      score: WEIGHTS[criterion],
    });
  } else
    mark(card, criterion, {
      state: "fails",
      detail: `for ${who}s of ${ageText(range.min, range.max)}`,
      score: 0,
    });
}
