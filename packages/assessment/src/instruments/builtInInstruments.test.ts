import { describe, expect, it } from "vitest";
import { checkInstrument } from "../instrument/checkInstrument.ts";
import { scoreInstrument } from "../instrument/scoreInstrument.ts";
import { BUILT_IN_INSTRUMENTS } from "./builtInInstruments.ts";

describe("BUILT_IN_INSTRUMENTS", () => {
  it("has unique ids and every definition passes validation", () => {
    const ids = BUILT_IN_INSTRUMENTS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const instrument of BUILT_IN_INSTRUMENTS)
      expect(checkInstrument(instrument).success).toBe(true);
  });

  it.each(BUILT_IN_INSTRUMENTS.map((i) => [i.id, i] as const))(
    "%s ships wording only if its licence status allows it",
    (_, instrument) => {
      const free =
        instrument.licence.status === "public_domain" ||
        instrument.licence.status === "free_with_attribution";
      const wording = [
        instrument.preamble,
        ...instrument.items.map((item) => item.text),
        ...instrument.items.flatMap((item) => (item.options ?? []).map((o) => o.label)),
      ].filter((text) => text !== undefined);
      if (!free) expect(wording).toEqual([]);
      expect(instrument.licence.attribution.length).toBeGreaterThan(0);
      expect(instrument.source.length).toBeGreaterThan(0);
    },
  );

  it.each(BUILT_IN_INSTRUMENTS.map((i) => [i.id, i] as const))(
    "%s requires every item: leaving out the last one gives an error naming it, not a score",
    (_, instrument) => {
      const answers = Object.fromEntries(
        instrument.items.slice(0, -1).map((item) => [item.id, item.options?.[0]?.value ?? 0]),
      );
      const result = scoreInstrument(instrument, answers);
      expect(
        result.success ? [] : result.error.issues.map((i) => [i.code, i.path?.join(".")]),
      ).toEqual([["missing_answer", `items.${instrument.items.at(-1)?.id ?? ""}`]]);
    },
  );

  it("ships wording for exactly the PHQ/GAD family and CarerKit's own item set", () => {
    const withText = BUILT_IN_INSTRUMENTS.filter((i) =>
      i.items.some((item) => item.text !== undefined),
    );
    expect(withText.map((i) => i.shortTitle)).toEqual([
      "PHQ-9",
      "GAD-7",
      "PHQ-4",
      "PHQ-2",
      "GAD-2",
      "Confidence & knowledge",
    ]);
  });
});
