import { describe, expect, it } from "vitest";
import { omit, uniform } from "../__fixtures__/answers.ts";
import { ZBI4 } from "../instruments/zarit.ts";
import { applyTextPack, type TextPack } from "./applyTextPack.ts";
import { scoreInstrument } from "./scoreInstrument.ts";

// Placeholder wording: a real pack comes from the licence holder and is never committed.
const pack: TextPack = {
  instrumentId: "zbi4",
  language: "en-GB",
  licence: "Test licence",
  items: Object.fromEntries(
    ZBI4.items.map((item, i) => [
      item.id,
      { text: `Licensed item ${i + 1}`, options: { "0": "Option 0", "4": "Option 4" } },
    ]),
  ),
};

describe("applyTextPack", () => {
  it("adds wording and option labels without changing scoring", () => {
    const result = applyTextPack(ZBI4, pack);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.items.map((item) => item.text)).toEqual([
      "Licensed item 1",
      "Licensed item 2",
      "Licensed item 3",
      "Licensed item 4",
    ]);
    expect(result.data.items[0]!.options!.map((o) => o.label)).toEqual([
      "Option 0",
      undefined,
      undefined,
      undefined,
      "Option 4",
    ]);
    expect(scoreInstrument(result.data, uniform(ZBI4, 2))).toMatchObject({
      success: true,
      data: { total: 8 },
    });
    expect(ZBI4.items[0]!.text).toBeUndefined();
  });

  it("names every unknown item, unknown option, missing text and a wrong instrument id", () => {
    const three = omit(pack.items, "zbi4_4");
    const result = applyTextPack(ZBI4, {
      ...pack,
      instrumentId: "zbi12",
      items: { ...three, zbi4_9: { text: "x" }, zbi4_1: { text: "x", options: { "7": "Seven" } } },
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      "instrumentId: expected zbi4, got zbi12",
      "items.zbi4_9: zbi4 has no item with this id",
      "items.zbi4_1.options.7: expected one of 0, 1, 2, 3, 4, got 7",
      "items.zbi4_4.text: expected the item's wording, got none",
    ]);
  });
});
