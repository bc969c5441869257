import { isCarerKitError } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { defineInstrument } from "./defineInstrument.ts";
import type { Instrument } from "./types/instrument.ts";

const definition = (): Instrument => ({
  id: "demo",
  title: "Demo",
  version: "1",
  source: "Test",
  licence: { status: "public_domain", holder: "Test", attribution: "" },
  items: [{ id: "a", options: [{ value: 0 }, { value: 1 }] }],
  total: { method: "sum", label: "Total" },
  missing: { kind: "require_all" },
});

describe("defineInstrument", () => {
  it("returns a deep-frozen copy and leaves the definition unchanged", () => {
    const given = definition();
    const instrument = defineInstrument(given);
    expect(instrument).toEqual(given);
    expect(Object.isFrozen(given) || Object.isFrozen(given.items)).toBe(false);
    expect(Object.isFrozen(instrument)).toBe(true);
    expect(Object.isFrozen(instrument.items[0]!.options![0])).toBe(true);
  });

  it("throws a CarerKitError carrying every issue for a broken definition", () => {
    let caught: unknown;
    try {
      defineInstrument({
        ...definition(),
        reverseScored: ["zz"],
        subscales: [{ id: "s", label: "S", items: ["q"], method: "sum" }],
      });
    } catch (error) {
      caught = error;
    }
    expect(isCarerKitError(caught)).toBe(true);
    if (!isCarerKitError(caught)) return;
    expect(caught.code).toBe("invalid_definition");
    expect(caught.issues.map((i) => i.code)).toEqual(["unknown_item", "unknown_item"]);
  });
});
