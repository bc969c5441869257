import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_INSTRUMENTS } from "../instruments/builtInInstruments.ts";
import { safeParseInstrument } from "./safeParseInstrument.ts";
import { scoreInstrument } from "./scoreInstrument.ts";

describe("safeParseInstrument", () => {
  it("accepts every built-in after a JSON round trip, and scores the same", () => {
    for (const instrument of BUILT_IN_INSTRUMENTS) {
      const loaded = safeParseInstrument(JSON.parse(JSON.stringify(instrument)));
      expect(loaded.success).toBe(true);
      if (!loaded.success) continue;
      const answers = Object.fromEntries(
        instrument.items.map((item) => [item.id, item.options?.[0]?.value ?? 0]),
      );
      expect(scoreInstrument(loaded.data, answers)).toEqual(scoreInstrument(instrument, answers));
    }
  });

  it("names shape problems by path", () => {
    const result = safeParseInstrument({
      id: "x",
      items: [{ id: "a", options: [{ value: "1" }] }],
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path?.join("."))).toEqual(
      expect.arrayContaining(["title", "items.0.options.0.value", "total", "missing"]),
    );
  });

  it("then applies the definition checks (a band gap)", () => {
    const json = JSON.parse(JSON.stringify(BUILT_IN_INSTRUMENTS[0])) as {
      bandings: { bands: { min: number }[] }[];
    };
    json.bandings[0]!.bands[1]!.min = 6;
    const result = safeParseInstrument(json);
    expect(result.success ? [] : result.error.issues.map((i) => i.code)).toEqual(["band_gap"]);
  });

  it("returns a typed error for any input, never a throw", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = safeParseInstrument(input);
        expect(result.success ? "ok" : result.error.code).toBe("invalid_definition");
      }),
      { numRuns: 500 },
    );
  });
});
