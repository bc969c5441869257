import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_INSTRUMENTS } from "../instruments/builtInInstruments.ts";
import { testInstrument } from "../__fixtures__/testInstrument.ts";
import { defineInstrument } from "./defineInstrument.ts";
import { scoreInstrument } from "./scoreInstrument.ts";
import type { Instrument } from "./types/instrument.ts";
import type { InstrumentResponses } from "./types/item.ts";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";

const PRORATED = defineInstrument(
  testInstrument({
    id: "prorated",
    items: ["a", "b", "c", "d", "e", "f"].map((id) => ({
      id,
      options: [0, 1, 2, 3].map((value) => ({ value })),
    })),
    reverseScored: ["c"],
    subscales: [{ id: "ab", label: "AB", items: ["a", "b", "c"], method: "sum" }],
    total: { method: "sum", label: "Total" },
    missing: { kind: "prorate", maxMissing: 2, rounding: "half_up" },
    bandings: [
      {
        id: "b",
        label: "B",
        source: "Test",
        bands: [
          { code: "low", label: "Low", min: 0, max: 8, severity: 0 },
          { code: "high", label: "High", min: 9, max: 18, severity: 1 },
        ],
      },
    ],
    flags: [{ id: "f", severity: "safety", item: "f", atLeast: 1, message: "m" }],
  }),
);

const INSTRUMENTS: readonly Instrument[] = [...BUILT_IN_INSTRUMENTS, PRORATED];

/** Anything at all, with a bias towards near-valid answers keyed by real item ids. */
function anyResponses(instrument: Instrument): fc.Arbitrary<unknown> {
  const ids = instrument.items.map((item) => item.id);
  const value = fc.oneof(
    fc.integer({ min: -2, max: 7 }),
    fc.double(),
    fc.constantFrom(null, undefined, "1", true, [], {}, NaN, Infinity),
  );
  return fc.oneof(
    fc.dictionary(
      fc.constantFrom(...ids, "__proto__", "constructor", "toString", "unknown_item"),
      value,
    ),
    fc.record(Object.fromEntries(ids.map((id) => [id, fc.integer({ min: 0, max: 5 })]))),
    fc.anything(),
  );
}

const instrumentArb = fc.constantFrom(...INSTRUMENTS);

describe("scoreInstrument properties", () => {
  it("any input yields a score or a typed error, never a throw, NaN or an out-of-range total", () => {
    fc.assert(
      fc.property(
        instrumentArb.chain((instrument) =>
          fc.tuple(fc.constant(instrument), anyResponses(instrument)),
        ),
        ([instrument, responses]) => {
          const result = scoreInstrument(instrument, responses as InstrumentResponses);
          if (result.success) {
            const { total } = result.data;
            expect(Number.isFinite(total)).toBe(true);
            expect(result.data.answered + result.data.missing.length).toBe(instrument.items.length);
            expect(typeof result.data.explanation).toBe("string");
          } else {
            expect(["invalid_responses", "invalid_definition"]).toContain(result.error.code);
            expect(result.error.issues.length).toBeGreaterThan(0);
            for (const issue of result.error.issues)
              expect(
                issue.message.startsWith(
                  `${issue.path === undefined || issue.path.length === 0 ? "responses" : issue.path.join(".")}: `,
                ),
              ).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is deterministic and never mutates its (deep-frozen) inputs", () => {
    fc.assert(
      fc.property(
        instrumentArb.chain((instrument) =>
          fc.tuple(fc.constant(instrument), anyResponses(instrument)),
        ),
        ([instrument, responses]) => {
          const copy = structuredClone(responses);
          const frozen = deepFreeze(responses) as InstrumentResponses;
          const first = scoreInstrument(instrument, frozen);
          const second = scoreInstrument(instrument, frozen);
          expect(second).toEqual(first);
          expect(frozen).toEqual(copy);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("prorated totals stay inside the scale and flags survive failures", () => {
    fc.assert(
      fc.property(anyResponses(PRORATED), (responses) => {
        const result = scoreInstrument(PRORATED, responses as InstrumentResponses);
        const raisedFlag =
          typeof responses === "object" &&
          responses !== null &&
          Object.hasOwn(responses, "f") &&
          [1, 2, 3].includes((responses as Record<string, unknown>)["f"] as number);
        const flags = result.success ? result.data.flags : result.error.flags;
        expect(flags.some((f) => f.id === "f")).toBe(raisedFlag);
        if (result.success) {
          expect(result.data.total).toBeGreaterThanOrEqual(0);
          expect(result.data.total).toBeLessThanOrEqual(18);
          expect(result.data.band).toBeDefined();
        }
      }),
      { numRuns: 2000 },
    );
  });
});
