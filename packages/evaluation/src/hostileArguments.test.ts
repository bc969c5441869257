import { describe, expect, it } from "vitest";
import { isCarerKitError } from "@carerkit/core";
import * as main from "./index.ts";
import * as reportEntry from "./report.ts";
import { countValues } from "./streaming/countValues.ts";
import { suppressSmallNumbers } from "./disclosure/suppressSmallNumbers.ts";
import { estimateProportion } from "./proportions/estimateProportion.ts";
import { testWilcoxonSignedRank } from "./paired/testWilcoxonSignedRank.ts";
import { summariseRetention } from "./attendance/summariseRetention.ts";
import { accumulatePairs } from "./streaming/accumulatePairs.ts";
import { buildEvaluationReport } from "./report/buildEvaluationReport.ts";

const exports = Object.entries({ ...main, ...reportEntry } as Record<string, unknown>).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function",
);

const nested: unknown[] = [];
let deepest = nested;
for (let i = 0; i < 10_000; i++) {
  const next: unknown[] = [];
  deepest.push(next);
  deepest = next;
}
const sparse: unknown[] = [];
sparse[1] = 1;
const BAD: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["NaN", Number.NaN],
  ["a symbol", Symbol("x")],
  ["a null-prototype object", Object.create(null)],
  ["a string", "x"],
  ["a sparse array", sparse],
  ["a deeply nested array", nested],
  ["a huge number", 1e308],
];

/** "invalid_argument" when the call threw or returned a typed error; "other" for anything else thrown. */
async function outcome(call: () => unknown): Promise<string> {
  try {
    const value: unknown = await call();
    if (typeof value === "object" && value !== null && "success" in value && !value.success) {
      const { error } = value as unknown as { error: { code: string } | { code: string }[] };
      return Array.isArray(error) ? (error[0]?.code ?? "none") : error.code;
    }
    return "returned value";
  } catch (error) {
    return isCarerKitError(error) ? error.code : `other: ${String(error)}`;
  }
}

describe("every export of @carerkit/evaluation, given hostile arguments", () => {
  const cases = exports.flatMap(([name, fn]) =>
    [0, 1, 2].flatMap((position) =>
      BAD.map(([label, value]) => ({ name, fn, position, label, value })),
    ),
  );

  it.each(cases.filter((c) => c.position === 0))(
    "$name with $label first answers with a typed error, not a return",
    async ({ fn, value }) => {
      // A typed code: invalid_argument, or a domain issue such as not_finite or out_of_range
      // (and invalid_input from parsePairedSummaryState), never a bare throw or a silent return.
      expect(await outcome(() => fn(value))).toMatch(/^[a-z_]+$/);
    },
  );

  it.each(cases.filter((c) => c.position > 0))(
    "$name with $label at position $position never throws anything but a CarerKitError",
    async ({ fn, position, value }) => {
      const args: unknown[] = [[1, 2, 3], [2, 3, 5], {}];
      args[position] = value;
      expect(await outcome(() => fn(...args))).not.toMatch(/^other/);
    },
  );
});

describe("counts are counts", () => {
  it.each([Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY, "3", undefined])(
    "suppressSmallNumbers refuses a cell of %s, naming the cell",
    (count) => {
      const table = {
        rows: ["a", "b"],
        columns: ["x", "y"],
        counts: [
          [10, 12],
          [9, count],
        ],
      };
      expect(() => suppressSmallNumbers(table as never)).toThrow(
        "suppressSmallNumbers: table.counts[1][1] must be a count",
      );
    },
  );

  it("estimateProportion refuses a fractional count with invalid_argument naming it", () => {
    const result = estimateProportion(1.5, 10);
    expect(!result.success && result.error).toMatchObject({
      code: "invalid_argument",
      path: ["proportion.count"],
    });
  });
});

describe("bounded work", () => {
  it("refuses exact: true beyond 50 non-zero differences instead of building the exact distribution", () => {
    const pre = Array.from({ length: 5000 }, (_, i) => i);
    const post = pre.map((x, i) => x + i + 1);
    const result = testWilcoxonSignedRank(pre, post, { exact: true });
    expect(!result.success && result.error.code).toBe("invalid_option");
  });

  it("refuses a programme of a billion sessions rather than allocating its life table", () => {
    const result = summariseRetention([{ lastSessionAttended: 1, status: "completed" }], {
      sessions: 1e9,
    });
    expect(!result.success && result.error.path).toEqual(["sessions"]);
  });

  it("counts a value named __proto__ like any other", () => {
    expect(countValues(["__proto__", "__proto__", "a"])).toEqual(
      Object.fromEntries([
        ["__proto__", 2],
        ["a", 1],
      ]),
    );
  });
});

describe("the examples of issue 20", () => {
  it("accumulatePairs(undefined) and buildEvaluationReport(undefined) throw invalid_argument", () => {
    expect(() => accumulatePairs(undefined as never, [])).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => buildEvaluationReport(undefined as never, { title: "t" } as never)).toThrow(
      "buildEvaluationReport: rows must be an array",
    );
  });
});
