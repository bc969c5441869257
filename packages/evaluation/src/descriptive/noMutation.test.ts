import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { estimateInterquartileRange } from "./estimateInterquartileRange.ts";
import { estimateQuantiles } from "./estimateQuantiles.ts";
import { summariseFiveNumbers } from "./summariseFiveNumbers.ts";
import { estimateGlassDelta } from "../groups/estimateGlassDelta.ts";
import { estimateUnpooledD } from "../groups/estimateUnpooledD.ts";
import { testStudentT } from "../groups/testStudentT.ts";
import { estimateOneSampleD } from "../oneSample/estimateOneSampleD.ts";

describe("the new sample functions", () => {
  it("never mutate their (deep-frozen) inputs and are deterministic", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 20 }),
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 20 }),
        (a, b) => {
          const fa = deepFreeze([...a]);
          const fb = deepFreeze([...b]);
          const probabilities = deepFreeze([0.1, 0.5, 0.9]);
          const run = (): unknown[] => [
            estimateQuantiles(fa, probabilities, { type: 8 }),
            estimateInterquartileRange(fa),
            summariseFiveNumbers(fa),
            estimateGlassDelta(fa, fb),
            estimateUnpooledD(fa, fb),
            testStudentT(fa, fb),
            estimateOneSampleD(fa, { mu: 1 }),
          ];
          expect(run()).toEqual(run());
          expect(fa).toEqual(a);
          expect(fb).toEqual(b);
        },
      ),
      { numRuns: 50 },
    );
  });
});
