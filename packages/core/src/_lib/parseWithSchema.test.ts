import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PARSERS } from "../__fixtures__/parsers.ts";
import { VALID_INPUT } from "../__fixtures__/arbitraries.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";

const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf"];

// Any JSON, with keys that have tripped parsers into prototype pollution before.
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 3 }),
    tie("object"),
    fc.array(tie("value"), { maxLength: 3 }),
  ),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string()), tie("value")), {
      maxLength: 5,
    })
    .map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as unknown),
})).value;

// A valid record with one field replaced by hostile JSON or one dangerous key added.
const mutatedValid = (example: object): fc.Arbitrary<unknown> =>
  fc.tuple(fc.constantFrom(...Object.keys(example), ...DANGEROUS_KEYS), hostileJson).map(
    // Written as JSON text so that "__proto__" becomes an own key, as JSON.parse makes it.
    ([key, value]) =>
      JSON.parse(
        `${JSON.stringify(example).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`,
      ) as unknown,
  );

function expectWellFormedIssues(issues: readonly unknown[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(Object.keys(issue as object).sort()).toEqual(["code", "message", "path"]);
    const { code, message, path } = issue as { code: unknown; message: unknown; path: unknown };
    expect(typeof code).toBe("string");
    expect(message).toMatch(/^\S.*: (expected|the) /);
    expect(Array.isArray(path)).toBe(true);
  }
}

describe.each(PARSERS)("the $kind parsers", ({ kind, parse, safeParse, example }) => {
  it("accept the synthetic example", () => {
    expect(safeParse(example).success).toBe(true);
  });

  it("return a typed error, never a crash or a partial object, for any JSON", () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson, mutatedValid(example)), (input) => {
        const result = safeParse(input);
        if (result.success) {
          // Whatever comes back whole must itself parse to the same thing.
          expect(safeParse(result.data)).toEqual(result);
        } else {
          expectWellFormedIssues(result.error);
        }
        try {
          const data = parse(input);
          expect(result.success && data).toEqual(result.success && result.data);
        } catch (error) {
          expect(isCarerKitError(error)).toBe(true);
          expect(result.success).toBe(false);
        }
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });

  it("reject an own __proto__ key as an unknown field rather than following it", () => {
    const input = JSON.parse(
      `{"__proto__":{"polluted":true},${JSON.stringify(example).slice(1)}`,
    ) as unknown;
    const result = safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error[0]?.code).toBe("unrecognized_keys");
      expect(result.error[0]?.message).toContain('"__proto__"');
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("accept every generated valid input", () => {
    fc.assert(
      fc.property(VALID_INPUT[kind], (input) => {
        const result = safeParse(input);
        if (!result.success) throw new Error(result.error.map((i) => i.message).join("\n"));
      }),
      { numRuns: 200 },
    );
  });

  it("turn exotic inputs that throw when read into issues, not crashes", () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const result = safeParse(trap);
    expect(result.success).toBe(false);
    expect(() => parse(trap)).toThrow(expect.objectContaining({ name: "CarerKitError" }));
  });
});
