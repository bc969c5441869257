import { describe, expect, it } from "vitest";
import { CarerKitError } from "./CarerKitError.ts";
import { checkArgument, type ArgumentKind } from "./checkArgument.ts";

function thrown(value: unknown, kind: ArgumentKind): CarerKitError | undefined {
  try {
    checkArgument("f", { x: value }, kind);
    return undefined;
  } catch (error) {
    if (error instanceof CarerKitError) return error;
    throw error;
  }
}

describe("checkArgument", () => {
  it.each<[ArgumentKind, unknown]>([
    ["array", []],
    ["plain object", {}],
    ["plain object", Object.create(null)],
    ["string", ""],
    ["boolean", false],
    ["function", () => 0],
    ["finite number", -1.5],
    ["count", 0],
    ["ISO date", "2024-02-29"],
    ["ISO date-time", "2026-12-03T10:00:00+01:00"],
    ["ISO date-time", "2026-12-03T10:00Z"],
    ["valid Date", new Date(0)],
  ])("accepts %s %o", (kind, value) => {
    expect(thrown(value, kind)).toBeUndefined();
  });

  it.each<[ArgumentKind, unknown]>([
    ["array", { length: 0 }],
    ["plain object", []],
    ["plain object", new Date(0)],
    ["plain object", null],
    ["string", undefined],
    ["finite number", Number.NaN],
    ["finite number", Infinity],
    ["count", -1],
    ["count", 1.5],
    ["count", Number.NaN],
    ["ISO date", "2023-02-29"],
    ["ISO date", 20230228],
    ["ISO date-time", "2026-12-03T10:00:00"],
    ["ISO date-time", "2026-13-03T10:00:00Z"],
    ["valid Date", new Date(Number.NaN)],
  ])("refuses %s %o with invalid_argument", (kind, value) => {
    const error = thrown(value, kind);
    expect(error?.code).toBe("invalid_argument");
    expect(error?.issues).toEqual([
      { code: "invalid_argument", message: error?.message, path: ["x"] },
    ]);
    expect(error?.message).toMatch(/^f: x must be /);
  });

  it("describes a refused string by its length, never its content", () => {
    const error = thrown("Jane Doe 1950-01-01", "ISO date");
    expect(error?.message).toBe(
      "f: x must be an ISO date (YYYY-MM-DD); received a string of 19 characters",
    );
    expect(error?.message).not.toContain("Jane");
  });
});
