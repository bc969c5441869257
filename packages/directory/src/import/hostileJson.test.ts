import { describe, expect, it } from "vitest";
import { ISSUES_PER_CAUSE } from "../_lib/capIssues.ts";
import { detectDirectoryFormat } from "./detectDirectoryFormat.ts";
import { fromHsds } from "./fromHsds.ts";
import { fromHsdsTabular } from "./fromHsdsTabular.ts";
import { fromOpenReferralUk } from "./fromOpenReferralUk.ts";

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

const importers = [
  ["fromHsds", fromHsds],
  ["fromOpenReferralUk", fromOpenReferralUk],
] as const;

describe("the JSON importers on hostile documents", () => {
  const cyclic: { services: unknown[] } = { services: [] };
  cyclic.services.push(cyclic);
  let laughs: unknown = ["x"];
  for (let i = 0; i < 40; i++) laughs = [laughs, laughs]; // 2^40 values once written out
  const refused: readonly [string, unknown][] = [
    ["a cycle", cyclic],
    ["a sparse array of length 2^32 - 1", new Array(2 ** 32 - 1)],
    ["shared sub-trees that expand past ten million values", laughs],
  ];

  for (const [name, importer] of importers) {
    it.each(refused)(`${name} refuses %s whole with one unsupported_shape error`, (_, input) => {
      const result = importer(input);
      expect(result.offers).toEqual([]);
      expect(result.issues).toMatchObject([{ code: "unsupported_shape", severity: "error" }]);
      expect(result.conservation.difference).toBe(0);
    });

    it(`${name} reads 10,000 levels of nesting as one bounded issue, without a stack overflow`, () => {
      for (const input of [
        nested(10_000, (inner) => [inner]),
        nested(10_000, (inner) => ({ services: [inner], name: "x" })),
        nested(10_000, (inner) => ({ a: inner })),
      ]) {
        const result = importer(input);
        expect(result.issues.length).toBeLessThanOrEqual(2);
        expect(result.conservation.difference).toBe(0);
      }
    });
  }

  it.each(refused)("detectDirectoryFormat refuses %s", (_, input) => {
    expect(detectDirectoryFormat(input)).toMatchObject({
      success: false,
      error: { code: "unsupported_shape" },
    });
  });

  it("lists the first 100 issues of a cause and one issue counting the rest, and conservation still adds up", () => {
    const services = Array.from({ length: 1000 }, () => ({}));
    const result = fromHsds({ services });
    const counted = result.issues.filter((i) => i.omitted !== undefined);
    expect(result.issues.length).toBe(ISSUES_PER_CAUSE + counted.length);
    expect(counted).toMatchObject([
      { code: "unsupported_shape", omitted: 1000 - ISSUES_PER_CAUSE },
    ]);
    expect(counted[0]?.message).toContain("900 more");
    expect(result.conservation.difference).toBe(0);
  });

  it("caps the issues of a CSV package the same way", () => {
    const rows = Array.from({ length: 500 }, (_, i) => `s${i},Name,bogus,extra`).join("\n");
    const result = fromHsdsTabular({ "services.csv": `id,name,status\n${rows}` });
    const counted = result.issues.filter((i) => i.omitted !== undefined);
    expect(counted.length).toBeGreaterThan(0);
    for (const c of counted) expect(c.omitted).toBe(500 - ISSUES_PER_CAUSE);
    expect(result.issues.length).toBeLessThanOrEqual(counted.length * (ISSUES_PER_CAUSE + 1) + 10);
    expect(result.conservation.difference).toBe(0);
  });
});
