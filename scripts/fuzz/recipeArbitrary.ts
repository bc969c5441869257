import fc from "fast-check";
import type { PackageDescription } from "./describeExports.ts";
import { COMMON_KEYS, HOSTILE_DATE_MS, HOSTILE_NUMBERS, HOSTILE_STRINGS } from "./hostileValues.ts";
import type { Recipe } from "./recipe.ts";

/** The arbitraries for the first argument and the others, from a package's own vocabulary and fixtures. */
function argumentArbitraries(description: PackageDescription): {
  readonly first: fc.Arbitrary<Recipe>;
  readonly rest: fc.Arbitrary<Recipe>;
} {
  const keys = [...new Set([...COMMON_KEYS, ...description.keys])];
  const words = [...HOSTILE_STRINGS, ...description.words];
  const fixtures = description.exports.filter((e) => e.cloneable).map((e) => e.name);
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...keys) },
    fc.string({ maxLength: 6 }),
  );

  const numbers = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    fc.integer({ min: -100, max: 100 }),
    fc.double(),
  );
  const strings = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...words) },
    fc.string({ unit: "binary", maxLength: 12 }),
  );
  const leaf: fc.Arbitrary<Recipe> = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom<Recipe>({ k: "undefined" }, { k: "null" }) },
    { weight: 3, arbitrary: numbers.map((v): Recipe => ({ k: "number", v })) },
    { weight: 4, arbitrary: strings.map((v): Recipe => ({ k: "string", v })) },
    fc.boolean().map((v): Recipe => ({ k: "boolean", v })),
    fc.constantFrom<Recipe>(
      { k: "symbol" },
      { k: "bigint", v: "0" },
      { k: "bigint", v: String(2n ** 64n) },
      { k: "function", throws: false },
      { k: "function", throws: true },
      { k: "longString", length: 100_000 },
    ),
    fc.constantFrom(...HOSTILE_DATE_MS).map((ms): Recipe => ({ k: "date", ms })),
    fc
      .record({
        shape: fc.constantFrom<"array" | "object">("array", "object"),
        depth: fc.constantFrom(10_000, 1_000),
        key: fc.constantFrom(...keys),
      })
      .map((d): Recipe => ({ k: "deep", ...d })),
  );

  const { value } = fc.letrec<{ value: Recipe }>((tie) => ({
    value: fc.oneof(
      { maxDepth: 3, depthIdentifier: "recipe" },
      { weight: 6, arbitrary: leaf },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.array(tie("value"), { maxLength: 4 }), fc.option(fc.nat(4), { freq: 6 }))
          .map(([items, at]): Recipe =>
            at === null ? { k: "array", items } : { k: "array", items, throwingAt: at },
          ),
      },
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            fc.constantFrom<"plain" | "null" | "class" | "inherited">(
              "plain",
              "plain",
              "plain",
              "null",
              "class",
              "inherited",
            ),
            fc.array(fc.tuple(key, tie("value")), { maxLength: 5 }),
            fc.option(key, { freq: 6 }),
          )
          .map(([proto, entries, getter]): Recipe =>
            getter === null
              ? { k: "object", proto, entries }
              : { k: "object", proto, entries, throwingGetter: getter },
          ),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom(5, 1000),
            fc.array(fc.tuple(fc.nat(4), tie("value")), { maxLength: 2 }),
          )
          .map(([length, at]): Recipe => ({ k: "sparse", length, at })),
      },
    ),
  }));
  if (fixtures.length === 0) return { first: value, rest: value };
  const fixture = fc.constantFrom(...fixtures);
  const derived = fc.oneof(
    { weight: 1, arbitrary: fixture.map((name): Recipe => ({ k: "export", name })) },
    {
      weight: 3,
      arbitrary: fc
        .record({
          name: fixture,
          slot: fc.nat(),
          sameType: fc.boolean(),
          pick: fc.nat(),
          value: leaf,
        })
        .map((t): Recipe => ({ k: "tweak", ...t })),
    },
  );
  return {
    // The first argument is usually the main input: half the time a fixture or a tweak of one.
    first: fc.oneof(value, derived),
    rest: fc.oneof({ weight: 2, arbitrary: value }, { weight: 1, arbitrary: derived }),
  };
}

/**
 * The arbitrary for one call's argument list: between one and `max(3, arity + 1)` hostile
 * arguments (so options a function's `length` does not count are reached too), drawn from
 * primitives that break naive code, the package's own keys and words, its constant exports
 * (valid fixtures) and single-property tweaks of them.
 *
 * @param description - The package's exports and vocabulary.
 * @param arity - The function's `length`.
 * @returns An arbitrary of argument recipes.
 * @example
 * fc.sample(callArbitrary(description, 2), { seed: 42, numRuns: 10 });
 */
export function callArbitrary(
  description: PackageDescription,
  arity: number,
): fc.Arbitrary<Recipe[]> {
  const { first, rest } = argumentArbitraries(description);
  return fc
    .tuple(first, fc.array(rest, { maxLength: Math.max(3, arity + 1) - 1 }))
    .map(([head, tail]) => [head, ...tail]);
}
