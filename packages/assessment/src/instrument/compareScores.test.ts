import { describe, expect, it } from "vitest";
import { summingTo, uniform } from "../__fixtures__/answers.ts";
import { PHQ9 } from "../instruments/phq9.ts";
import { SWEMWBS } from "../instruments/swemwbs.ts";
import { WEMWBS } from "../instruments/wemwbs.ts";
import { compareScores } from "./compareScores.ts";
import { scoreInstrument } from "./scoreInstrument.ts";
import type { Instrument } from "./types/instrument.ts";
import type { InstrumentResponses } from "./types/item.ts";

function score(instrument: Instrument, responses: InstrumentResponses) {
  const result = scoreInstrument(instrument, responses);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

describe("compareScores", () => {
  it("calls a WEMWBS rise of 3 an improvement and a rise of 2 no important change (Warwick: about 3 points)", () => {
    const before = score(WEMWBS, summingTo(WEMWBS, 40, [1, 5]));
    expect(
      compareScores(WEMWBS, before, score(WEMWBS, summingTo(WEMWBS, 43, [1, 5]))),
    ).toMatchObject({
      change: 3,
      outcome: "improved",
      threshold: 3,
    });
    expect(
      compareScores(WEMWBS, before, score(WEMWBS, summingTo(WEMWBS, 42, [1, 5]))).outcome,
    ).toBe("no_important_change");
    expect(
      compareScores(WEMWBS, before, score(WEMWBS, summingTo(WEMWBS, 36, [1, 5]))).outcome,
    ).toBe("worsened");
  });

  it("compares SWEMWBS on the metric scale, not the raw total", () => {
    const comparison = compareScores(
      SWEMWBS,
      score(SWEMWBS, uniform(SWEMWBS, 3)),
      score(SWEMWBS, summingTo(SWEMWBS, 26, [1, 5])),
    );
    expect(comparison).toMatchObject({
      scale: "metric",
      earlier: 19.25,
      later: 23.21,
      change: 3.96,
      outcome: "improved",
    });
  });

  it("reports the direction of a PHQ-9 change and its band change, but does not judge its size without a published threshold", () => {
    const comparison = compareScores(
      PHQ9,
      score(PHQ9, summingTo(PHQ9, 16, [0, 3])),
      score(PHQ9, summingTo(PHQ9, 8, [0, 3])),
    );
    expect(comparison).toMatchObject({
      change: -8,
      outcome: "no_threshold",
      bandChange: { from: "moderately_severe", to: "mild" },
    });
  });
});
