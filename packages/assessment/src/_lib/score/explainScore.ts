import type { CompiledInstrument } from "../compile/types.ts";
import type { InstrumentScore } from "../../instrument/types/score.ts";
import { formatNumber as fmt } from "./formatNumber.ts";

/**
 * Step 6: how the score was reached, in words. Most explanations are worded once, at compile
 * time, by total (and by the shared array of one raised flag); the rest are put together here.
 */
export function explainScore(
  compiled: CompiledInstrument,
  score: Omit<InstrumentScore, "explanation">,
): string {
  const { words, instrument } = compiled;
  const index = score.total - compiled.totalMin;
  if (!score.prorated) {
    const whole =
      score.flags.length === 0
        ? compiled.subscales.length === 0 && compiled.conversions.length === 0
          ? words.byTotal[index]
          : undefined
        : words.flaggedByTotal.get(score.flags)?.[index];
    if (whole !== undefined) return whole;
  }
  const fixed = score.prorated ? undefined : words.byTotal[index];
  let text: string;
  if (fixed !== undefined) text = fixed;
  else {
    text = `${words.head}${score.answered}${words.itemsAnswered}${words.method}`;
    if (score.prorated) {
      const n = compiled.items.length;
      const rule = instrument.missing;
      const rounding = rule.kind === "prorate" && rule.rounding === "half_up";
      text +=
        instrument.total.method === "sum"
          ? ` = ${fmt(score.rawTotal)} from ${score.answered} items, prorated to ${n} items (${fmt(score.rawTotal)} × ${n} ÷ ${score.answered})${rounding ? ", rounded half up," : ""} = ${fmt(score.total)}`
          : ` of the ${score.answered} answered items = ${fmt(score.total)}`;
    } else text += " = " + fmt(score.total);
    text += words.range;
    for (const band of score.bands.slice(0, compiled.totalBandings.length))
      text += words.bands.get(band) ?? "";
  }
  for (const subscale of score.subscales) {
    text += ` ${subscale.label}: ${fmt(subscale.score)}.`;
    for (const band of subscale.bands) text += words.bands.get(band) ?? "";
  }
  for (const conversion of score.conversions)
    text += ` ${conversion.label}: ${fmt(conversion.value)} (published conversion table).`;
  // Bands of the total come first (every banding covers its scale), then those of conversions.
  for (let b = compiled.totalBandings.length; b < score.bands.length; b++) {
    const band = score.bands[b];
    if (band !== undefined) text += words.bands.get(band) ?? "";
  }
  for (const flag of score.flags) text += words.flags.get(flag.id) ?? "";
  return text;
}
